import { inflateSync } from "node:zlib";

/** An 8-bit RGB or RGBA image, rows unfiltered, `channels` bytes per pixel. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly pixels: Uint8Array;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const dLeft = Math.abs(estimate - left);
  const dUp = Math.abs(estimate - up);
  const dUpLeft = Math.abs(estimate - upLeft);
  if (dLeft <= dUp && dLeft <= dUpLeft) return left;
  return dUp <= dUpLeft ? up : upLeft;
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4:
      return paeth(left, up, upLeft);
    default:
      throw new Error(`PNG row has unknown filter ${filter}`);
  }
}

function unfilter(data: Buffer, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)] ?? -1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (out[row + x - channels] ?? 0) : 0;
      const up = y > 0 ? (out[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (out[row - stride + x - channels] ?? 0) : 0;
      out[row + x] = (raw + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes the PNGs Chromium screenshots are (8-bit RGB or RGBA, not interlaced), so tests can
 * look at pixels without an image library.
 */
export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(signature)) throw new Error("not a PNG");
  let width = 0;
  let height = 0;
  let channels: 3 | 4 = 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(
          `unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`,
        );
      }
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = colour === 6 ? 4 : 3;
    } else if (type === "IDAT") idat.push(body);
    at += 12 + length;
  }
  return {
    width,
    height,
    channels,
    pixels: unfilter(inflateSync(Buffer.concat(idat)), width, height, channels),
  };
}

/** How varied an image is: its distinct colours, and the share of pixels unlike the top-left one. */
export function describePixels(image: DecodedPng): {
  distinctColours: number;
  unlikeCorner: number;
} {
  const { pixels, channels } = image;
  const colourAt = (at: number): number => {
    let colour = 0;
    for (let c = 0; c < channels; c++) colour = colour * 256 + (pixels[at + c] ?? 0);
    return colour;
  };
  const corner = colourAt(0);
  const colours = new Set<number>();
  let unlike = 0;
  for (let at = 0; at < pixels.length; at += channels) {
    const colour = colourAt(at);
    colours.add(colour);
    if (colour !== corner) unlike++;
  }
  return { distinctColours: colours.size, unlikeCorner: unlike / (image.width * image.height) };
}
