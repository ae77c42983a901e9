// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
/* eslint-disable */
export const fast = (() => {
  const schema1 = {
    type: "object",
    required: ["campaign", "offer", "referred_origin", "advocate_rewards", "friend_rewards"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      referred_origin: { $ref: "#/components/schemas/Origin" },
      advocate_rewards: { type: "array", items: { $ref: "#/components/schemas/ReferralReward" } },
      friend_rewards: { type: "array", items: { $ref: "#/components/schemas/ReferralReward" } },
      referrer: { $ref: "#/components/schemas/ReferralReward" },
      referred: { $ref: "#/components/schemas/ReferralReward" },
      share: {
        type: "object",
        properties: { channel: { $ref: "#/components/schemas/ShareType" } },
      },
    },
  };
  const schema2 = {
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "integer" },
      cached_slug: { type: ["integer", "string"] },
      type: { type: "string", enum: ["StandaloneCampaign", "DoubleSidedDealCampaign"] },
      tag_names: { type: "array", items: { type: "string" } },
      joinable_category_names: { type: "array", items: { type: "string" } },
      new_customer: { type: ["boolean", "null"] },
      origin_min_age: { type: ["integer", "null"] },
      origin_max_age: { type: ["integer", "null"] },
    },
  };
  function validate2(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.id === undefined && (missing0 = "id")) {
          validate2.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.id !== undefined) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate2.errors = [
                {
                  instancePath: instancePath + "/id",
                  schemaPath: "#/properties/id/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cached_slug !== undefined) {
              let data1 = data.cached_slug;
              const _errs3 = errors;
              if (
                !(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1)) &&
                typeof data1 !== "string"
              ) {
                validate2.errors = [
                  {
                    instancePath: instancePath + "/cached_slug",
                    schemaPath: "#/properties/cached_slug/type",
                    keyword: "type",
                    params: { type: schema2.properties.cached_slug.type },
                    message: "must be integer,string",
                  },
                ];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs5 = errors;
                if (typeof data2 !== "string") {
                  validate2.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if (!(data2 === "StandaloneCampaign" || data2 === "DoubleSidedDealCampaign")) {
                  validate2.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/enum",
                      keyword: "enum",
                      params: { allowedValues: schema2.properties.type.enum },
                      message: "must be equal to one of the allowed values",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.tag_names !== undefined) {
                  let data3 = data.tag_names;
                  const _errs7 = errors;
                  if (errors === _errs7) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs9 = errors;
                        if (typeof data3[i0] !== "string") {
                          validate2.errors = [
                            {
                              instancePath: instancePath + "/tag_names/" + i0,
                              schemaPath: "#/properties/tag_names/items/type",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs9 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate2.errors = [
                        {
                          instancePath: instancePath + "/tag_names",
                          schemaPath: "#/properties/tag_names/type",
                          keyword: "type",
                          params: { type: "array" },
                          message: "must be array",
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.joinable_category_names !== undefined) {
                    let data5 = data.joinable_category_names;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data5)) {
                        var valid2 = true;
                        const len1 = data5.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs13 = errors;
                          if (typeof data5[i1] !== "string") {
                            validate2.errors = [
                              {
                                instancePath: instancePath + "/joinable_category_names/" + i1,
                                schemaPath: "#/properties/joinable_category_names/items/type",
                                keyword: "type",
                                params: { type: "string" },
                                message: "must be string",
                              },
                            ];
                            return false;
                          }
                          var valid2 = _errs13 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate2.errors = [
                          {
                            instancePath: instancePath + "/joinable_category_names",
                            schemaPath: "#/properties/joinable_category_names/type",
                            keyword: "type",
                            params: { type: "array" },
                            message: "must be array",
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.new_customer !== undefined) {
                      let data7 = data.new_customer;
                      const _errs15 = errors;
                      if (typeof data7 !== "boolean" && data7 !== null) {
                        validate2.errors = [
                          {
                            instancePath: instancePath + "/new_customer",
                            schemaPath: "#/properties/new_customer/type",
                            keyword: "type",
                            params: { type: schema2.properties.new_customer.type },
                            message: "must be boolean,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.origin_min_age !== undefined) {
                        let data8 = data.origin_min_age;
                        const _errs17 = errors;
                        if (
                          !(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8)) &&
                          data8 !== null
                        ) {
                          validate2.errors = [
                            {
                              instancePath: instancePath + "/origin_min_age",
                              schemaPath: "#/properties/origin_min_age/type",
                              keyword: "type",
                              params: { type: schema2.properties.origin_min_age.type },
                              message: "must be integer,null",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.origin_max_age !== undefined) {
                          let data9 = data.origin_max_age;
                          const _errs19 = errors;
                          if (
                            !(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9)) &&
                            data9 !== null
                          ) {
                            validate2.errors = [
                              {
                                instancePath: instancePath + "/origin_max_age",
                                schemaPath: "#/properties/origin_max_age/type",
                                keyword: "type",
                                params: { type: schema2.properties.origin_max_age.type },
                                message: "must be integer,null",
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate2.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate2.errors = vErrors;
    return errors === 0;
  }
  const schema3 = {
    type: "object",
    required: ["short_url_code"],
    properties: {
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      short_url_code: { type: "string" },
      ip_address: { type: ["string", "null"] },
    },
  };
  function validate4(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.short_url_code === undefined && (missing0 = "short_url_code")) {
          validate4.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.email !== undefined) {
            let data0 = data.email;
            const _errs1 = errors;
            if (typeof data0 !== "string" && data0 !== null) {
              validate4.errors = [
                {
                  instancePath: instancePath + "/email",
                  schemaPath: "#/properties/email/type",
                  keyword: "type",
                  params: { type: schema3.properties.email.type },
                  message: "must be string,null",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.phone_number !== undefined) {
              let data1 = data.phone_number;
              const _errs3 = errors;
              if (typeof data1 !== "string" && data1 !== null) {
                validate4.errors = [
                  {
                    instancePath: instancePath + "/phone_number",
                    schemaPath: "#/properties/phone_number/type",
                    keyword: "type",
                    params: { type: schema3.properties.phone_number.type },
                    message: "must be string,null",
                  },
                ];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.short_url_code !== undefined) {
                const _errs5 = errors;
                if (typeof data.short_url_code !== "string") {
                  validate4.errors = [
                    {
                      instancePath: instancePath + "/short_url_code",
                      schemaPath: "#/properties/short_url_code/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.ip_address !== undefined) {
                  let data3 = data.ip_address;
                  const _errs7 = errors;
                  if (typeof data3 !== "string" && data3 !== null) {
                    validate4.errors = [
                      {
                        instancePath: instancePath + "/ip_address",
                        schemaPath: "#/properties/ip_address/type",
                        keyword: "type",
                        params: { type: schema3.properties.ip_address.type },
                        message: "must be string,null",
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      } else {
        validate4.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate4.errors = vErrors;
    return errors === 0;
  }
  const schema4 = {
    type: "object",
    oneOf: [
      { $ref: "#/components/schemas/PurchaseOrigin" },
      { $ref: "#/components/schemas/AffiliateMemberOrigin" },
      { $ref: "#/components/schemas/EventOrigin" },
    ],
  };
  const schema5 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: {
      type: { type: "string", const: "Purchase" },
      order_number: { type: "string" },
      order_date: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      subtotal: { type: ["number", "null"] },
      currency_iso_code: { type: ["string", "null"] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  const schema6 = {
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "integer" },
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      customer_id: { type: ["string", "null"] },
      traffic_source: { $ref: "#/components/schemas/TrafficSource" },
      ip_address: { type: ["string", "null"] },
      utm_source: { type: ["string", "null"] },
      utm_medium: { type: ["string", "null"] },
      utm_campaign: { type: ["string", "null"] },
      utm_content: { type: ["string", "null"] },
      utm_term: { type: ["string", "null"] },
      segment1: { type: ["string", "null"] },
      segment2: { type: ["string", "null"] },
      segment3: { type: ["string", "null"] },
    },
  };
  const schema7 = {
    type: "string",
    anyOf: [
      { type: "string", enum: ["post-checkout", "post-event", "unknown"] },
      { type: "string" },
    ],
  };
  function validate9(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate9.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!(data === "post-checkout" || data === "post-event" || data === "unknown")) {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema7.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err2 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err3 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate9.errors = vErrors;
      return false;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate9.errors = vErrors;
    return errors === 0;
  }
  function validate8(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.id === undefined && (missing0 = "id")) {
          validate8.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.id !== undefined) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate8.errors = [
                {
                  instancePath: instancePath + "/id",
                  schemaPath: "#/properties/id/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.email !== undefined) {
              let data1 = data.email;
              const _errs3 = errors;
              if (typeof data1 !== "string" && data1 !== null) {
                validate8.errors = [
                  {
                    instancePath: instancePath + "/email",
                    schemaPath: "#/properties/email/type",
                    keyword: "type",
                    params: { type: schema6.properties.email.type },
                    message: "must be string,null",
                  },
                ];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.phone_number !== undefined) {
                let data2 = data.phone_number;
                const _errs5 = errors;
                if (typeof data2 !== "string" && data2 !== null) {
                  validate8.errors = [
                    {
                      instancePath: instancePath + "/phone_number",
                      schemaPath: "#/properties/phone_number/type",
                      keyword: "type",
                      params: { type: schema6.properties.phone_number.type },
                      message: "must be string,null",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.customer_id !== undefined) {
                  let data3 = data.customer_id;
                  const _errs7 = errors;
                  if (typeof data3 !== "string" && data3 !== null) {
                    validate8.errors = [
                      {
                        instancePath: instancePath + "/customer_id",
                        schemaPath: "#/properties/customer_id/type",
                        keyword: "type",
                        params: { type: schema6.properties.customer_id.type },
                        message: "must be string,null",
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.traffic_source !== undefined) {
                    const _errs9 = errors;
                    if (
                      !validate9(data.traffic_source, {
                        instancePath: instancePath + "/traffic_source",
                        parentData: data,
                        parentDataProperty: "traffic_source",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.ip_address !== undefined) {
                      let data5 = data.ip_address;
                      const _errs10 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate8.errors = [
                          {
                            instancePath: instancePath + "/ip_address",
                            schemaPath: "#/properties/ip_address/type",
                            keyword: "type",
                            params: { type: schema6.properties.ip_address.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.utm_source !== undefined) {
                        let data6 = data.utm_source;
                        const _errs12 = errors;
                        if (typeof data6 !== "string" && data6 !== null) {
                          validate8.errors = [
                            {
                              instancePath: instancePath + "/utm_source",
                              schemaPath: "#/properties/utm_source/type",
                              keyword: "type",
                              params: { type: schema6.properties.utm_source.type },
                              message: "must be string,null",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.utm_medium !== undefined) {
                          let data7 = data.utm_medium;
                          const _errs14 = errors;
                          if (typeof data7 !== "string" && data7 !== null) {
                            validate8.errors = [
                              {
                                instancePath: instancePath + "/utm_medium",
                                schemaPath: "#/properties/utm_medium/type",
                                keyword: "type",
                                params: { type: schema6.properties.utm_medium.type },
                                message: "must be string,null",
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.utm_campaign !== undefined) {
                            let data8 = data.utm_campaign;
                            const _errs16 = errors;
                            if (typeof data8 !== "string" && data8 !== null) {
                              validate8.errors = [
                                {
                                  instancePath: instancePath + "/utm_campaign",
                                  schemaPath: "#/properties/utm_campaign/type",
                                  keyword: "type",
                                  params: { type: schema6.properties.utm_campaign.type },
                                  message: "must be string,null",
                                },
                              ];
                              return false;
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.utm_content !== undefined) {
                              let data9 = data.utm_content;
                              const _errs18 = errors;
                              if (typeof data9 !== "string" && data9 !== null) {
                                validate8.errors = [
                                  {
                                    instancePath: instancePath + "/utm_content",
                                    schemaPath: "#/properties/utm_content/type",
                                    keyword: "type",
                                    params: { type: schema6.properties.utm_content.type },
                                    message: "must be string,null",
                                  },
                                ];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.utm_term !== undefined) {
                                let data10 = data.utm_term;
                                const _errs20 = errors;
                                if (typeof data10 !== "string" && data10 !== null) {
                                  validate8.errors = [
                                    {
                                      instancePath: instancePath + "/utm_term",
                                      schemaPath: "#/properties/utm_term/type",
                                      keyword: "type",
                                      params: { type: schema6.properties.utm_term.type },
                                      message: "must be string,null",
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs20 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.segment1 !== undefined) {
                                  let data11 = data.segment1;
                                  const _errs22 = errors;
                                  if (typeof data11 !== "string" && data11 !== null) {
                                    validate8.errors = [
                                      {
                                        instancePath: instancePath + "/segment1",
                                        schemaPath: "#/properties/segment1/type",
                                        keyword: "type",
                                        params: { type: schema6.properties.segment1.type },
                                        message: "must be string,null",
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid0 = _errs22 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.segment2 !== undefined) {
                                    let data12 = data.segment2;
                                    const _errs24 = errors;
                                    if (typeof data12 !== "string" && data12 !== null) {
                                      validate8.errors = [
                                        {
                                          instancePath: instancePath + "/segment2",
                                          schemaPath: "#/properties/segment2/type",
                                          keyword: "type",
                                          params: { type: schema6.properties.segment2.type },
                                          message: "must be string,null",
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid0 = _errs24 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.segment3 !== undefined) {
                                      let data13 = data.segment3;
                                      const _errs26 = errors;
                                      if (typeof data13 !== "string" && data13 !== null) {
                                        validate8.errors = [
                                          {
                                            instancePath: instancePath + "/segment3",
                                            schemaPath: "#/properties/segment3/type",
                                            keyword: "type",
                                            params: { type: schema6.properties.segment3.type },
                                            message: "must be string,null",
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid0 = _errs26 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate8.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate8.errors = vErrors;
    return errors === 0;
  }
  const schema8 = { type: "string" };
  function validate12(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate12.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    validate12.errors = vErrors;
    return errors === 0;
  }
  function validate7(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate8(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
      errors = vErrors.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.type === undefined && (missing0 = "type")) {
          validate7.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.type !== undefined) {
            let data0 = data.type;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate7.errors = [
                {
                  instancePath: instancePath + "/type",
                  schemaPath: "#/properties/type/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("Purchase" !== data0) {
              validate7.errors = [
                {
                  instancePath: instancePath + "/type",
                  schemaPath: "#/properties/type/const",
                  keyword: "const",
                  params: { allowedValue: "Purchase" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid1 = _errs2 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.order_number !== undefined) {
              const _errs4 = errors;
              if (typeof data.order_number !== "string") {
                validate7.errors = [
                  {
                    instancePath: instancePath + "/order_number",
                    schemaPath: "#/properties/order_number/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  },
                ];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.order_date !== undefined) {
                let data2 = data.order_date;
                const _errs6 = errors;
                const _errs7 = errors;
                let valid2 = false;
                let passing0 = null;
                const _errs8 = errors;
                if (
                  !validate12(data2, {
                    instancePath: instancePath + "/order_date",
                    parentData: data,
                    parentDataProperty: "order_date",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs8 === errors;
                if (_valid0) {
                  valid2 = true;
                  passing0 = 0;
                }
                const _errs9 = errors;
                if (data2 !== null) {
                  const err0 = {
                    instancePath: instancePath + "/order_date",
                    schemaPath: "#/properties/order_date/oneOf/1/type",
                    keyword: "type",
                    params: { type: "null" },
                    message: "must be null",
                  };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                var _valid0 = _errs9 === errors;
                if (_valid0 && valid2) {
                  valid2 = false;
                  passing0 = [passing0, 1];
                } else {
                  if (_valid0) {
                    valid2 = true;
                    passing0 = 1;
                  }
                }
                if (!valid2) {
                  const err1 = {
                    instancePath: instancePath + "/order_date",
                    schemaPath: "#/properties/order_date/oneOf",
                    keyword: "oneOf",
                    params: { passingSchemas: passing0 },
                    message: "must match exactly one schema in oneOf",
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate7.errors = vErrors;
                  return false;
                } else {
                  errors = _errs7;
                  if (vErrors !== null) {
                    if (_errs7) {
                      vErrors.length = _errs7;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid1 = _errs6 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.subtotal !== undefined) {
                  let data3 = data.subtotal;
                  const _errs11 = errors;
                  if (!(typeof data3 == "number") && data3 !== null) {
                    validate7.errors = [
                      {
                        instancePath: instancePath + "/subtotal",
                        schemaPath: "#/properties/subtotal/type",
                        keyword: "type",
                        params: { type: schema5.properties.subtotal.type },
                        message: "must be number,null",
                      },
                    ];
                    return false;
                  }
                  var valid1 = _errs11 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.currency_iso_code !== undefined) {
                    let data4 = data.currency_iso_code;
                    const _errs13 = errors;
                    if (typeof data4 !== "string" && data4 !== null) {
                      validate7.errors = [
                        {
                          instancePath: instancePath + "/currency_iso_code",
                          schemaPath: "#/properties/currency_iso_code/type",
                          keyword: "type",
                          params: { type: schema5.properties.currency_iso_code.type },
                          message: "must be string,null",
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs13 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.coupon_code !== undefined) {
                      let data5 = data.coupon_code;
                      const _errs15 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate7.errors = [
                          {
                            instancePath: instancePath + "/coupon_code",
                            schemaPath: "#/properties/coupon_code/type",
                            keyword: "type",
                            params: { type: schema5.properties.coupon_code.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs15 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate7.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate7.errors = vErrors;
    return errors === 0;
  }
  const schema9 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: { type: { type: "string", const: "AffiliateMember" } },
  };
  function validate15(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate8(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
      errors = vErrors.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.type === undefined && (missing0 = "type")) {
          validate15.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.type !== undefined) {
            let data0 = data.type;
            if (typeof data0 !== "string") {
              validate15.errors = [
                {
                  instancePath: instancePath + "/type",
                  schemaPath: "#/properties/type/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("AffiliateMember" !== data0) {
              validate15.errors = [
                {
                  instancePath: instancePath + "/type",
                  schemaPath: "#/properties/type/const",
                  keyword: "const",
                  params: { allowedValue: "AffiliateMember" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
          }
        }
      } else {
        validate15.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate15.errors = vErrors;
    return errors === 0;
  }
  const schema10 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: {
      type: { type: "string", const: "Event" },
      event_category: { type: "string" },
      event_number: { type: "string" },
      order_date: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      subtotal: { type: ["number", "null"] },
      currency_iso_code: { type: ["string", "null"] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  function validate18(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate8(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
      errors = vErrors.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.type === undefined && (missing0 = "type")) {
          validate18.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.type !== undefined) {
            let data0 = data.type;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate18.errors = [
                {
                  instancePath: instancePath + "/type",
                  schemaPath: "#/properties/type/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("Event" !== data0) {
              validate18.errors = [
                {
                  instancePath: instancePath + "/type",
                  schemaPath: "#/properties/type/const",
                  keyword: "const",
                  params: { allowedValue: "Event" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid1 = _errs2 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.event_category !== undefined) {
              const _errs4 = errors;
              if (typeof data.event_category !== "string") {
                validate18.errors = [
                  {
                    instancePath: instancePath + "/event_category",
                    schemaPath: "#/properties/event_category/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  },
                ];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.event_number !== undefined) {
                const _errs6 = errors;
                if (typeof data.event_number !== "string") {
                  validate18.errors = [
                    {
                      instancePath: instancePath + "/event_number",
                      schemaPath: "#/properties/event_number/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                var valid1 = _errs6 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.order_date !== undefined) {
                  let data3 = data.order_date;
                  const _errs8 = errors;
                  const _errs9 = errors;
                  let valid2 = false;
                  let passing0 = null;
                  const _errs10 = errors;
                  if (
                    !validate12(data3, {
                      instancePath: instancePath + "/order_date",
                      parentData: data,
                      parentDataProperty: "order_date",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                  }
                  var _valid0 = _errs10 === errors;
                  if (_valid0) {
                    valid2 = true;
                    passing0 = 0;
                  }
                  const _errs11 = errors;
                  if (data3 !== null) {
                    const err0 = {
                      instancePath: instancePath + "/order_date",
                      schemaPath: "#/properties/order_date/oneOf/1/type",
                      keyword: "type",
                      params: { type: "null" },
                      message: "must be null",
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs11 === errors;
                  if (_valid0 && valid2) {
                    valid2 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid2 = true;
                      passing0 = 1;
                    }
                  }
                  if (!valid2) {
                    const err1 = {
                      instancePath: instancePath + "/order_date",
                      schemaPath: "#/properties/order_date/oneOf",
                      keyword: "oneOf",
                      params: { passingSchemas: passing0 },
                      message: "must match exactly one schema in oneOf",
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                    validate18.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs9;
                    if (vErrors !== null) {
                      if (_errs9) {
                        vErrors.length = _errs9;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid1 = _errs8 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.subtotal !== undefined) {
                    let data4 = data.subtotal;
                    const _errs13 = errors;
                    if (!(typeof data4 == "number") && data4 !== null) {
                      validate18.errors = [
                        {
                          instancePath: instancePath + "/subtotal",
                          schemaPath: "#/properties/subtotal/type",
                          keyword: "type",
                          params: { type: schema10.properties.subtotal.type },
                          message: "must be number,null",
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs13 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.currency_iso_code !== undefined) {
                      let data5 = data.currency_iso_code;
                      const _errs15 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate18.errors = [
                          {
                            instancePath: instancePath + "/currency_iso_code",
                            schemaPath: "#/properties/currency_iso_code/type",
                            keyword: "type",
                            params: { type: schema10.properties.currency_iso_code.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs15 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.coupon_code !== undefined) {
                        let data6 = data.coupon_code;
                        const _errs17 = errors;
                        if (typeof data6 !== "string" && data6 !== null) {
                          validate18.errors = [
                            {
                              instancePath: instancePath + "/coupon_code",
                              schemaPath: "#/properties/coupon_code/type",
                              keyword: "type",
                              params: { type: schema10.properties.coupon_code.type },
                              message: "must be string,null",
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs17 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate18.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate18.errors = vErrors;
    return errors === 0;
  }
  function validate6(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
      validate6.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        },
      ];
      return false;
    }
    const _errs1 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs2 = errors;
    if (!validate7(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    if (_valid0) {
      valid0 = true;
      passing0 = 0;
    }
    const _errs3 = errors;
    if (!validate15(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 1;
      }
      const _errs4 = errors;
      if (!validate18(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 2];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 2;
        }
      }
    }
    if (!valid0) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf",
        keyword: "oneOf",
        params: { passingSchemas: passing0 },
        message: "must match exactly one schema in oneOf",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
      validate6.errors = vErrors;
      return false;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate6.errors = vErrors;
    return errors === 0;
  }
  const schema11 = {
    type: "object",
    required: ["id", "email"],
    properties: {
      id: { type: "integer" },
      email: { type: "string" },
      person: { $ref: "#/components/schemas/Person" },
      amount: { $ref: "#/components/schemas/Amount" },
      incentive: { $ref: "#/components/schemas/IncentiveType" },
      incentive_description: { type: ["string", "null"] },
      reward_coupon_code: { type: ["string", "null"] },
      origin: { $ref: "#/components/schemas/Origin" },
    },
  };
  const schema12 = {
    type: "object",
    required: ["email"],
    properties: {
      email: { type: "string" },
      phone_number: { type: ["string", "null"] },
      first_name: { type: ["string", "null"] },
      last_name: { type: ["string", "null"] },
      username: { type: ["string", "null"] },
      customer_id: { type: ["string", "null"] },
      sub_choice: { type: ["boolean", "null"] },
      subscribed_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      opted_in_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      phone_opted_in_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      unsubscribed_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      custom_properties: { type: "object" },
      is_loyalty_member: { type: "boolean" },
      loyalty_member: { type: ["object", "null"] },
      referral_counts: { $ref: "#/components/schemas/ReferralCounts" },
      gender: { type: ["string", "null"] },
    },
  };
  const schema13 = {
    type: "object",
    required: ["total", "approved", "pending"],
    properties: {
      total: { type: "integer", minimum: 0 },
      approved: { type: "integer", minimum: 0 },
      pending: { type: "integer", minimum: 0 },
    },
  };
  function validate29(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.total === undefined && (missing0 = "total")) ||
          (data.approved === undefined && (missing0 = "approved")) ||
          (data.pending === undefined && (missing0 = "pending"))
        ) {
          validate29.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.total !== undefined) {
            let data0 = data.total;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate29.errors = [
                {
                  instancePath: instancePath + "/total",
                  schemaPath: "#/properties/total/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                },
              ];
              return false;
            }
            if (errors === _errs1) {
              if (typeof data0 == "number") {
                if (data0 < 0 || isNaN(data0)) {
                  validate29.errors = [
                    {
                      instancePath: instancePath + "/total",
                      schemaPath: "#/properties/total/minimum",
                      keyword: "minimum",
                      params: { comparison: ">=", limit: 0 },
                      message: "must be >= 0",
                    },
                  ];
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.approved !== undefined) {
              let data1 = data.approved;
              const _errs3 = errors;
              if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1))) {
                validate29.errors = [
                  {
                    instancePath: instancePath + "/approved",
                    schemaPath: "#/properties/approved/type",
                    keyword: "type",
                    params: { type: "integer" },
                    message: "must be integer",
                  },
                ];
                return false;
              }
              if (errors === _errs3) {
                if (typeof data1 == "number") {
                  if (data1 < 0 || isNaN(data1)) {
                    validate29.errors = [
                      {
                        instancePath: instancePath + "/approved",
                        schemaPath: "#/properties/approved/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 0 },
                        message: "must be >= 0",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.pending !== undefined) {
                let data2 = data.pending;
                const _errs5 = errors;
                if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2))) {
                  validate29.errors = [
                    {
                      instancePath: instancePath + "/pending",
                      schemaPath: "#/properties/pending/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                    },
                  ];
                  return false;
                }
                if (errors === _errs5) {
                  if (typeof data2 == "number") {
                    if (data2 < 0 || isNaN(data2)) {
                      validate29.errors = [
                        {
                          instancePath: instancePath + "/pending",
                          schemaPath: "#/properties/pending/minimum",
                          keyword: "minimum",
                          params: { comparison: ">=", limit: 0 },
                          message: "must be >= 0",
                        },
                      ];
                      return false;
                    }
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate29.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate29.errors = vErrors;
    return errors === 0;
  }
  function validate24(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.email === undefined && (missing0 = "email")) {
          validate24.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.email !== undefined) {
            const _errs1 = errors;
            if (typeof data.email !== "string") {
              validate24.errors = [
                {
                  instancePath: instancePath + "/email",
                  schemaPath: "#/properties/email/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.phone_number !== undefined) {
              let data1 = data.phone_number;
              const _errs3 = errors;
              if (typeof data1 !== "string" && data1 !== null) {
                validate24.errors = [
                  {
                    instancePath: instancePath + "/phone_number",
                    schemaPath: "#/properties/phone_number/type",
                    keyword: "type",
                    params: { type: schema12.properties.phone_number.type },
                    message: "must be string,null",
                  },
                ];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.first_name !== undefined) {
                let data2 = data.first_name;
                const _errs5 = errors;
                if (typeof data2 !== "string" && data2 !== null) {
                  validate24.errors = [
                    {
                      instancePath: instancePath + "/first_name",
                      schemaPath: "#/properties/first_name/type",
                      keyword: "type",
                      params: { type: schema12.properties.first_name.type },
                      message: "must be string,null",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.last_name !== undefined) {
                  let data3 = data.last_name;
                  const _errs7 = errors;
                  if (typeof data3 !== "string" && data3 !== null) {
                    validate24.errors = [
                      {
                        instancePath: instancePath + "/last_name",
                        schemaPath: "#/properties/last_name/type",
                        keyword: "type",
                        params: { type: schema12.properties.last_name.type },
                        message: "must be string,null",
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.username !== undefined) {
                    let data4 = data.username;
                    const _errs9 = errors;
                    if (typeof data4 !== "string" && data4 !== null) {
                      validate24.errors = [
                        {
                          instancePath: instancePath + "/username",
                          schemaPath: "#/properties/username/type",
                          keyword: "type",
                          params: { type: schema12.properties.username.type },
                          message: "must be string,null",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.customer_id !== undefined) {
                      let data5 = data.customer_id;
                      const _errs11 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate24.errors = [
                          {
                            instancePath: instancePath + "/customer_id",
                            schemaPath: "#/properties/customer_id/type",
                            keyword: "type",
                            params: { type: schema12.properties.customer_id.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sub_choice !== undefined) {
                        let data6 = data.sub_choice;
                        const _errs13 = errors;
                        if (typeof data6 !== "boolean" && data6 !== null) {
                          validate24.errors = [
                            {
                              instancePath: instancePath + "/sub_choice",
                              schemaPath: "#/properties/sub_choice/type",
                              keyword: "type",
                              params: { type: schema12.properties.sub_choice.type },
                              message: "must be boolean,null",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.subscribed_at !== undefined) {
                          let data7 = data.subscribed_at;
                          const _errs15 = errors;
                          const _errs16 = errors;
                          let valid1 = false;
                          let passing0 = null;
                          const _errs17 = errors;
                          if (
                            !validate12(data7, {
                              instancePath: instancePath + "/subscribed_at",
                              parentData: data,
                              parentDataProperty: "subscribed_at",
                              rootData,
                            })
                          ) {
                            vErrors =
                              vErrors === null
                                ? validate12.errors
                                : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs17 === errors;
                          if (_valid0) {
                            valid1 = true;
                            passing0 = 0;
                          }
                          const _errs18 = errors;
                          if (data7 !== null) {
                            const err0 = {
                              instancePath: instancePath + "/subscribed_at",
                              schemaPath: "#/properties/subscribed_at/oneOf/1/type",
                              keyword: "type",
                              params: { type: "null" },
                              message: "must be null",
                            };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          var _valid0 = _errs18 === errors;
                          if (_valid0 && valid1) {
                            valid1 = false;
                            passing0 = [passing0, 1];
                          } else {
                            if (_valid0) {
                              valid1 = true;
                              passing0 = 1;
                            }
                          }
                          if (!valid1) {
                            const err1 = {
                              instancePath: instancePath + "/subscribed_at",
                              schemaPath: "#/properties/subscribed_at/oneOf",
                              keyword: "oneOf",
                              params: { passingSchemas: passing0 },
                              message: "must match exactly one schema in oneOf",
                            };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate24.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs16;
                            if (vErrors !== null) {
                              if (_errs16) {
                                vErrors.length = _errs16;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.opted_in_at !== undefined) {
                            let data8 = data.opted_in_at;
                            const _errs20 = errors;
                            const _errs21 = errors;
                            let valid2 = false;
                            let passing1 = null;
                            const _errs22 = errors;
                            if (
                              !validate12(data8, {
                                instancePath: instancePath + "/opted_in_at",
                                parentData: data,
                                parentDataProperty: "opted_in_at",
                                rootData,
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate12.errors
                                  : vErrors.concat(validate12.errors);
                              errors = vErrors.length;
                            }
                            var _valid1 = _errs22 === errors;
                            if (_valid1) {
                              valid2 = true;
                              passing1 = 0;
                            }
                            const _errs23 = errors;
                            if (data8 !== null) {
                              const err2 = {
                                instancePath: instancePath + "/opted_in_at",
                                schemaPath: "#/properties/opted_in_at/oneOf/1/type",
                                keyword: "type",
                                params: { type: "null" },
                                message: "must be null",
                              };
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            }
                            var _valid1 = _errs23 === errors;
                            if (_valid1 && valid2) {
                              valid2 = false;
                              passing1 = [passing1, 1];
                            } else {
                              if (_valid1) {
                                valid2 = true;
                                passing1 = 1;
                              }
                            }
                            if (!valid2) {
                              const err3 = {
                                instancePath: instancePath + "/opted_in_at",
                                schemaPath: "#/properties/opted_in_at/oneOf",
                                keyword: "oneOf",
                                params: { passingSchemas: passing1 },
                                message: "must match exactly one schema in oneOf",
                              };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                              validate24.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs21;
                              if (vErrors !== null) {
                                if (_errs21) {
                                  vErrors.length = _errs21;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.phone_opted_in_at !== undefined) {
                              let data9 = data.phone_opted_in_at;
                              const _errs25 = errors;
                              const _errs26 = errors;
                              let valid3 = false;
                              let passing2 = null;
                              const _errs27 = errors;
                              if (
                                !validate12(data9, {
                                  instancePath: instancePath + "/phone_opted_in_at",
                                  parentData: data,
                                  parentDataProperty: "phone_opted_in_at",
                                  rootData,
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate12.errors
                                    : vErrors.concat(validate12.errors);
                                errors = vErrors.length;
                              }
                              var _valid2 = _errs27 === errors;
                              if (_valid2) {
                                valid3 = true;
                                passing2 = 0;
                              }
                              const _errs28 = errors;
                              if (data9 !== null) {
                                const err4 = {
                                  instancePath: instancePath + "/phone_opted_in_at",
                                  schemaPath: "#/properties/phone_opted_in_at/oneOf/1/type",
                                  keyword: "type",
                                  params: { type: "null" },
                                  message: "must be null",
                                };
                                if (vErrors === null) {
                                  vErrors = [err4];
                                } else {
                                  vErrors.push(err4);
                                }
                                errors++;
                              }
                              var _valid2 = _errs28 === errors;
                              if (_valid2 && valid3) {
                                valid3 = false;
                                passing2 = [passing2, 1];
                              } else {
                                if (_valid2) {
                                  valid3 = true;
                                  passing2 = 1;
                                }
                              }
                              if (!valid3) {
                                const err5 = {
                                  instancePath: instancePath + "/phone_opted_in_at",
                                  schemaPath: "#/properties/phone_opted_in_at/oneOf",
                                  keyword: "oneOf",
                                  params: { passingSchemas: passing2 },
                                  message: "must match exactly one schema in oneOf",
                                };
                                if (vErrors === null) {
                                  vErrors = [err5];
                                } else {
                                  vErrors.push(err5);
                                }
                                errors++;
                                validate24.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs26;
                                if (vErrors !== null) {
                                  if (_errs26) {
                                    vErrors.length = _errs26;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.unsubscribed_at !== undefined) {
                                let data10 = data.unsubscribed_at;
                                const _errs30 = errors;
                                const _errs31 = errors;
                                let valid4 = false;
                                let passing3 = null;
                                const _errs32 = errors;
                                if (
                                  !validate12(data10, {
                                    instancePath: instancePath + "/unsubscribed_at",
                                    parentData: data,
                                    parentDataProperty: "unsubscribed_at",
                                    rootData,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null
                                      ? validate12.errors
                                      : vErrors.concat(validate12.errors);
                                  errors = vErrors.length;
                                }
                                var _valid3 = _errs32 === errors;
                                if (_valid3) {
                                  valid4 = true;
                                  passing3 = 0;
                                }
                                const _errs33 = errors;
                                if (data10 !== null) {
                                  const err6 = {
                                    instancePath: instancePath + "/unsubscribed_at",
                                    schemaPath: "#/properties/unsubscribed_at/oneOf/1/type",
                                    keyword: "type",
                                    params: { type: "null" },
                                    message: "must be null",
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                                var _valid3 = _errs33 === errors;
                                if (_valid3 && valid4) {
                                  valid4 = false;
                                  passing3 = [passing3, 1];
                                } else {
                                  if (_valid3) {
                                    valid4 = true;
                                    passing3 = 1;
                                  }
                                }
                                if (!valid4) {
                                  const err7 = {
                                    instancePath: instancePath + "/unsubscribed_at",
                                    schemaPath: "#/properties/unsubscribed_at/oneOf",
                                    keyword: "oneOf",
                                    params: { passingSchemas: passing3 },
                                    message: "must match exactly one schema in oneOf",
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err7];
                                  } else {
                                    vErrors.push(err7);
                                  }
                                  errors++;
                                  validate24.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs31;
                                  if (vErrors !== null) {
                                    if (_errs31) {
                                      vErrors.length = _errs31;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs30 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.custom_properties !== undefined) {
                                  let data11 = data.custom_properties;
                                  const _errs35 = errors;
                                  if (!(
                                    data11 &&
                                    typeof data11 == "object" &&
                                    !Array.isArray(data11)
                                  )) {
                                    validate24.errors = [
                                      {
                                        instancePath: instancePath + "/custom_properties",
                                        schemaPath: "#/properties/custom_properties/type",
                                        keyword: "type",
                                        params: { type: "object" },
                                        message: "must be object",
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid0 = _errs35 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.is_loyalty_member !== undefined) {
                                    const _errs37 = errors;
                                    if (typeof data.is_loyalty_member !== "boolean") {
                                      validate24.errors = [
                                        {
                                          instancePath: instancePath + "/is_loyalty_member",
                                          schemaPath: "#/properties/is_loyalty_member/type",
                                          keyword: "type",
                                          params: { type: "boolean" },
                                          message: "must be boolean",
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid0 = _errs37 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.loyalty_member !== undefined) {
                                      let data13 = data.loyalty_member;
                                      const _errs39 = errors;
                                      if (
                                        !(
                                          data13 &&
                                          typeof data13 == "object" &&
                                          !Array.isArray(data13)
                                        ) &&
                                        data13 !== null
                                      ) {
                                        validate24.errors = [
                                          {
                                            instancePath: instancePath + "/loyalty_member",
                                            schemaPath: "#/properties/loyalty_member/type",
                                            keyword: "type",
                                            params: {
                                              type: schema12.properties.loyalty_member.type,
                                            },
                                            message: "must be object,null",
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid0 = _errs39 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.referral_counts !== undefined) {
                                        const _errs41 = errors;
                                        if (
                                          !validate29(data.referral_counts, {
                                            instancePath: instancePath + "/referral_counts",
                                            parentData: data,
                                            parentDataProperty: "referral_counts",
                                            rootData,
                                          })
                                        ) {
                                          vErrors =
                                            vErrors === null
                                              ? validate29.errors
                                              : vErrors.concat(validate29.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs41 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.gender !== undefined) {
                                          let data15 = data.gender;
                                          const _errs42 = errors;
                                          if (typeof data15 !== "string" && data15 !== null) {
                                            validate24.errors = [
                                              {
                                                instancePath: instancePath + "/gender",
                                                schemaPath: "#/properties/gender/type",
                                                keyword: "type",
                                                params: { type: schema12.properties.gender.type },
                                                message: "must be string,null",
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid0 = _errs42 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate24.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate24.errors = vErrors;
    return errors === 0;
  }
  const schema14 = { type: ["string", "number", "null"], pattern: "^-?[0-9]+(\\.[0-9]+)?$" };
  const pattern0 = new RegExp("^-?[0-9]+(\\.[0-9]+)?$", "u");
  function validate32(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && !(typeof data == "number") && data !== null) {
      validate32.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema14.type },
          message: "must be string,number,null",
        },
      ];
      return false;
    }
    if (errors === 0) {
      if (typeof data === "string") {
        if (!pattern0.test(data)) {
          validate32.errors = [
            {
              instancePath,
              schemaPath: "#/pattern",
              keyword: "pattern",
              params: { pattern: "^-?[0-9]+(\\.[0-9]+)?$" },
              message: 'must match pattern "' + "^-?[0-9]+(\\.[0-9]+)?$" + '"',
            },
          ];
          return false;
        }
      }
    }
    validate32.errors = vErrors;
    return errors === 0;
  }
  const schema15 = { type: "string", enum: ["rebate", "discount_coupon", "other"] };
  function validate34(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate34.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    if (!(data === "rebate" || data === "discount_coupon" || data === "other")) {
      validate34.errors = [
        {
          instancePath,
          schemaPath: "#/enum",
          keyword: "enum",
          params: { allowedValues: schema15.enum },
          message: "must be equal to one of the allowed values",
        },
      ];
      return false;
    }
    validate34.errors = vErrors;
    return errors === 0;
  }
  function validate23(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.id === undefined && (missing0 = "id")) ||
          (data.email === undefined && (missing0 = "email"))
        ) {
          validate23.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.id !== undefined) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate23.errors = [
                {
                  instancePath: instancePath + "/id",
                  schemaPath: "#/properties/id/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.email !== undefined) {
              const _errs3 = errors;
              if (typeof data.email !== "string") {
                validate23.errors = [
                  {
                    instancePath: instancePath + "/email",
                    schemaPath: "#/properties/email/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  },
                ];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.person !== undefined) {
                const _errs5 = errors;
                if (
                  !validate24(data.person, {
                    instancePath: instancePath + "/person",
                    parentData: data,
                    parentDataProperty: "person",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.amount !== undefined) {
                  const _errs6 = errors;
                  if (
                    !validate32(data.amount, {
                      instancePath: instancePath + "/amount",
                      parentData: data,
                      parentDataProperty: "amount",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.incentive !== undefined) {
                    const _errs7 = errors;
                    if (
                      !validate34(data.incentive, {
                        instancePath: instancePath + "/incentive",
                        parentData: data,
                        parentDataProperty: "incentive",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.incentive_description !== undefined) {
                      let data5 = data.incentive_description;
                      const _errs8 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate23.errors = [
                          {
                            instancePath: instancePath + "/incentive_description",
                            schemaPath: "#/properties/incentive_description/type",
                            keyword: "type",
                            params: { type: schema11.properties.incentive_description.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.reward_coupon_code !== undefined) {
                        let data6 = data.reward_coupon_code;
                        const _errs10 = errors;
                        if (typeof data6 !== "string" && data6 !== null) {
                          validate23.errors = [
                            {
                              instancePath: instancePath + "/reward_coupon_code",
                              schemaPath: "#/properties/reward_coupon_code/type",
                              keyword: "type",
                              params: { type: schema11.properties.reward_coupon_code.type },
                              message: "must be string,null",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs10 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.origin !== undefined) {
                          const _errs12 = errors;
                          if (
                            !validate6(data.origin, {
                              instancePath: instancePath + "/origin",
                              parentData: data,
                              parentDataProperty: "origin",
                              rootData,
                            })
                          ) {
                            vErrors =
                              vErrors === null
                                ? validate6.errors
                                : vErrors.concat(validate6.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs12 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate23.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate23.errors = vErrors;
    return errors === 0;
  }
  const schema16 = {
    type: "string",
    anyOf: [
      {
        type: "string",
        enum: [
          "email",
          "facebook",
          "twitter",
          "facebook_message",
          "facebook_sponsored",
          "whatsapp",
          "sms",
          "linkedin",
          "other",
        ],
      },
      { type: "string" },
    ],
  };
  function validate41(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate41.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!(
      data === "email" ||
      data === "facebook" ||
      data === "twitter" ||
      data === "facebook_message" ||
      data === "facebook_sponsored" ||
      data === "whatsapp" ||
      data === "sms" ||
      data === "linkedin" ||
      data === "other"
    )) {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema16.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err2 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err3 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate41.errors = vErrors;
      return false;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate41.errors = vErrors;
    return errors === 0;
  }
  function validate1(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.campaign === undefined && (missing0 = "campaign")) ||
          (data.offer === undefined && (missing0 = "offer")) ||
          (data.referred_origin === undefined && (missing0 = "referred_origin")) ||
          (data.advocate_rewards === undefined && (missing0 = "advocate_rewards")) ||
          (data.friend_rewards === undefined && (missing0 = "friend_rewards"))
        ) {
          validate1.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.campaign !== undefined) {
            const _errs1 = errors;
            if (
              !validate2(data.campaign, {
                instancePath: instancePath + "/campaign",
                parentData: data,
                parentDataProperty: "campaign",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.offer !== undefined) {
              const _errs2 = errors;
              if (
                !validate4(data.offer, {
                  instancePath: instancePath + "/offer",
                  parentData: data,
                  parentDataProperty: "offer",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.referred_origin !== undefined) {
                const _errs3 = errors;
                if (
                  !validate6(data.referred_origin, {
                    instancePath: instancePath + "/referred_origin",
                    parentData: data,
                    parentDataProperty: "referred_origin",
                    rootData,
                  })
                ) {
                  vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.advocate_rewards !== undefined) {
                  let data3 = data.advocate_rewards;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs6 = errors;
                        if (
                          !validate23(data3[i0], {
                            instancePath: instancePath + "/advocate_rewards/" + i0,
                            parentData: data3,
                            parentDataProperty: i0,
                            rootData,
                          })
                        ) {
                          vErrors =
                            vErrors === null
                              ? validate23.errors
                              : vErrors.concat(validate23.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs6 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate1.errors = [
                        {
                          instancePath: instancePath + "/advocate_rewards",
                          schemaPath: "#/properties/advocate_rewards/type",
                          keyword: "type",
                          params: { type: "array" },
                          message: "must be array",
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.friend_rewards !== undefined) {
                    let data5 = data.friend_rewards;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (Array.isArray(data5)) {
                        var valid2 = true;
                        const len1 = data5.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs9 = errors;
                          if (
                            !validate23(data5[i1], {
                              instancePath: instancePath + "/friend_rewards/" + i1,
                              parentData: data5,
                              parentDataProperty: i1,
                              rootData,
                            })
                          ) {
                            vErrors =
                              vErrors === null
                                ? validate23.errors
                                : vErrors.concat(validate23.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs9 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate1.errors = [
                          {
                            instancePath: instancePath + "/friend_rewards",
                            schemaPath: "#/properties/friend_rewards/type",
                            keyword: "type",
                            params: { type: "array" },
                            message: "must be array",
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.referrer !== undefined) {
                      const _errs10 = errors;
                      if (
                        !validate23(data.referrer, {
                          instancePath: instancePath + "/referrer",
                          parentData: data,
                          parentDataProperty: "referrer",
                          rootData,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.referred !== undefined) {
                        const _errs11 = errors;
                        if (
                          !validate23(data.referred, {
                            instancePath: instancePath + "/referred",
                            parentData: data,
                            parentDataProperty: "referred",
                            rootData,
                          })
                        ) {
                          vErrors =
                            vErrors === null
                              ? validate23.errors
                              : vErrors.concat(validate23.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.share !== undefined) {
                          let data9 = data.share;
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                              if (data9.channel !== undefined) {
                                if (
                                  !validate41(data9.channel, {
                                    instancePath: instancePath + "/share/channel",
                                    parentData: data9,
                                    parentDataProperty: "channel",
                                    rootData,
                                  })
                                ) {
                                  vErrors =
                                    vErrors === null
                                      ? validate41.errors
                                      : vErrors.concat(validate41.errors);
                                  errors = vErrors.length;
                                }
                              }
                            } else {
                              validate1.errors = [
                                {
                                  instancePath: instancePath + "/share",
                                  schemaPath: "#/properties/share/type",
                                  keyword: "type",
                                  params: { type: "object" },
                                  message: "must be object",
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs12 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate1.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate1.errors = vErrors;
    return errors === 0;
  }
  const schema17 = {
    type: "object",
    required: ["campaign", "offer", "reward", "advocate_origin"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      reward: { $ref: "#/components/schemas/Reward" },
      person: { oneOf: [{ $ref: "#/components/schemas/Person" }, { type: "null" }] },
      origin: { oneOf: [{ $ref: "#/components/schemas/Origin" }, { type: "null" }] },
      advocate_origin: { $ref: "#/components/schemas/Origin" },
      friend_origin: { oneOf: [{ $ref: "#/components/schemas/Origin" }, { type: "null" }] },
    },
  };
  const schema18 = {
    type: "object",
    required: ["id", "reason"],
    properties: {
      id: { type: "integer" },
      reason: { $ref: "#/components/schemas/RewardReason" },
      status: { $ref: "#/components/schemas/RewardStatus" },
      incentive_type: { $ref: "#/components/schemas/IncentiveType" },
      incentive_identifier: { type: ["string", "null"] },
      incentive_description: { type: ["string", "null"] },
      incentive_custom_description: { type: ["string", "null"] },
      amount: { $ref: "#/components/schemas/Amount" },
      coupon: { oneOf: [{ $ref: "#/components/schemas/Coupon" }, { type: "null" }] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  const schema19 = {
    type: "string",
    anyOf: [
      { type: "string", enum: ["signup", "shared", "click", "referrer", "referred"] },
      { type: "string" },
    ],
  };
  function validate47(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate47.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!(
      data === "signup" ||
      data === "shared" ||
      data === "click" ||
      data === "referrer" ||
      data === "referred"
    )) {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema19.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err2 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err3 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate47.errors = vErrors;
      return false;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate47.errors = vErrors;
    return errors === 0;
  }
  const schema20 = {
    type: "string",
    anyOf: [{ type: "string", enum: ["Paid", "Unpaid", "Voided"] }, { type: "string" }],
  };
  function validate49(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate49.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!(data === "Paid" || data === "Unpaid" || data === "Voided")) {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema20.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err2 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err3 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate49.errors = vErrors;
      return false;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate49.errors = vErrors;
    return errors === 0;
  }
  const schema21 = {
    type: "object",
    properties: {
      id: { type: "integer" },
      code: { type: "string" },
      active: { type: ["boolean", "null"] },
      amount: { $ref: "#/components/schemas/Amount" },
      percentage_discount: { type: ["boolean", "null"] },
      description: { type: ["string", "null"] },
      single_use: { type: ["boolean", "null"] },
      used: { type: ["boolean", "null"] },
      usages: { type: ["integer", "null"] },
      valid_until: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      expires_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
    },
  };
  function validate53(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id !== undefined) {
          let data0 = data.id;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
            validate53.errors = [
              {
                instancePath: instancePath + "/id",
                schemaPath: "#/properties/id/type",
                keyword: "type",
                params: { type: "integer" },
                message: "must be integer",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.code !== undefined) {
            const _errs3 = errors;
            if (typeof data.code !== "string") {
              validate53.errors = [
                {
                  instancePath: instancePath + "/code",
                  schemaPath: "#/properties/code/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.active !== undefined) {
              let data2 = data.active;
              const _errs5 = errors;
              if (typeof data2 !== "boolean" && data2 !== null) {
                validate53.errors = [
                  {
                    instancePath: instancePath + "/active",
                    schemaPath: "#/properties/active/type",
                    keyword: "type",
                    params: { type: schema21.properties.active.type },
                    message: "must be boolean,null",
                  },
                ];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.amount !== undefined) {
                const _errs7 = errors;
                if (
                  !validate32(data.amount, {
                    instancePath: instancePath + "/amount",
                    parentData: data,
                    parentDataProperty: "amount",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.percentage_discount !== undefined) {
                  let data4 = data.percentage_discount;
                  const _errs8 = errors;
                  if (typeof data4 !== "boolean" && data4 !== null) {
                    validate53.errors = [
                      {
                        instancePath: instancePath + "/percentage_discount",
                        schemaPath: "#/properties/percentage_discount/type",
                        keyword: "type",
                        params: { type: schema21.properties.percentage_discount.type },
                        message: "must be boolean,null",
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.description !== undefined) {
                    let data5 = data.description;
                    const _errs10 = errors;
                    if (typeof data5 !== "string" && data5 !== null) {
                      validate53.errors = [
                        {
                          instancePath: instancePath + "/description",
                          schemaPath: "#/properties/description/type",
                          keyword: "type",
                          params: { type: schema21.properties.description.type },
                          message: "must be string,null",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.single_use !== undefined) {
                      let data6 = data.single_use;
                      const _errs12 = errors;
                      if (typeof data6 !== "boolean" && data6 !== null) {
                        validate53.errors = [
                          {
                            instancePath: instancePath + "/single_use",
                            schemaPath: "#/properties/single_use/type",
                            keyword: "type",
                            params: { type: schema21.properties.single_use.type },
                            message: "must be boolean,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.used !== undefined) {
                        let data7 = data.used;
                        const _errs14 = errors;
                        if (typeof data7 !== "boolean" && data7 !== null) {
                          validate53.errors = [
                            {
                              instancePath: instancePath + "/used",
                              schemaPath: "#/properties/used/type",
                              keyword: "type",
                              params: { type: schema21.properties.used.type },
                              message: "must be boolean,null",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.usages !== undefined) {
                          let data8 = data.usages;
                          const _errs16 = errors;
                          if (
                            !(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8)) &&
                            data8 !== null
                          ) {
                            validate53.errors = [
                              {
                                instancePath: instancePath + "/usages",
                                schemaPath: "#/properties/usages/type",
                                keyword: "type",
                                params: { type: schema21.properties.usages.type },
                                message: "must be integer,null",
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.valid_until !== undefined) {
                            let data9 = data.valid_until;
                            const _errs18 = errors;
                            const _errs19 = errors;
                            let valid1 = false;
                            let passing0 = null;
                            const _errs20 = errors;
                            if (
                              !validate12(data9, {
                                instancePath: instancePath + "/valid_until",
                                parentData: data,
                                parentDataProperty: "valid_until",
                                rootData,
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate12.errors
                                  : vErrors.concat(validate12.errors);
                              errors = vErrors.length;
                            }
                            var _valid0 = _errs20 === errors;
                            if (_valid0) {
                              valid1 = true;
                              passing0 = 0;
                            }
                            const _errs21 = errors;
                            if (data9 !== null) {
                              const err0 = {
                                instancePath: instancePath + "/valid_until",
                                schemaPath: "#/properties/valid_until/oneOf/1/type",
                                keyword: "type",
                                params: { type: "null" },
                                message: "must be null",
                              };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs21 === errors;
                            if (_valid0 && valid1) {
                              valid1 = false;
                              passing0 = [passing0, 1];
                            } else {
                              if (_valid0) {
                                valid1 = true;
                                passing0 = 1;
                              }
                            }
                            if (!valid1) {
                              const err1 = {
                                instancePath: instancePath + "/valid_until",
                                schemaPath: "#/properties/valid_until/oneOf",
                                keyword: "oneOf",
                                params: { passingSchemas: passing0 },
                                message: "must match exactly one schema in oneOf",
                              };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                              validate53.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs19;
                              if (vErrors !== null) {
                                if (_errs19) {
                                  vErrors.length = _errs19;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.expires_at !== undefined) {
                              let data10 = data.expires_at;
                              const _errs23 = errors;
                              const _errs24 = errors;
                              let valid2 = false;
                              let passing1 = null;
                              const _errs25 = errors;
                              if (
                                !validate12(data10, {
                                  instancePath: instancePath + "/expires_at",
                                  parentData: data,
                                  parentDataProperty: "expires_at",
                                  rootData,
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate12.errors
                                    : vErrors.concat(validate12.errors);
                                errors = vErrors.length;
                              }
                              var _valid1 = _errs25 === errors;
                              if (_valid1) {
                                valid2 = true;
                                passing1 = 0;
                              }
                              const _errs26 = errors;
                              if (data10 !== null) {
                                const err2 = {
                                  instancePath: instancePath + "/expires_at",
                                  schemaPath: "#/properties/expires_at/oneOf/1/type",
                                  keyword: "type",
                                  params: { type: "null" },
                                  message: "must be null",
                                };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                              var _valid1 = _errs26 === errors;
                              if (_valid1 && valid2) {
                                valid2 = false;
                                passing1 = [passing1, 1];
                              } else {
                                if (_valid1) {
                                  valid2 = true;
                                  passing1 = 1;
                                }
                              }
                              if (!valid2) {
                                const err3 = {
                                  instancePath: instancePath + "/expires_at",
                                  schemaPath: "#/properties/expires_at/oneOf",
                                  keyword: "oneOf",
                                  params: { passingSchemas: passing1 },
                                  message: "must match exactly one schema in oneOf",
                                };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                                validate53.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs24;
                                if (vErrors !== null) {
                                  if (_errs24) {
                                    vErrors.length = _errs24;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs23 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate53.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate53.errors = vErrors;
    return errors === 0;
  }
  function validate46(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.id === undefined && (missing0 = "id")) ||
          (data.reason === undefined && (missing0 = "reason"))
        ) {
          validate46.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.id !== undefined) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate46.errors = [
                {
                  instancePath: instancePath + "/id",
                  schemaPath: "#/properties/id/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.reason !== undefined) {
              const _errs3 = errors;
              if (
                !validate47(data.reason, {
                  instancePath: instancePath + "/reason",
                  parentData: data,
                  parentDataProperty: "reason",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== undefined) {
                const _errs4 = errors;
                if (
                  !validate49(data.status, {
                    instancePath: instancePath + "/status",
                    parentData: data,
                    parentDataProperty: "status",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.incentive_type !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate34(data.incentive_type, {
                      instancePath: instancePath + "/incentive_type",
                      parentData: data,
                      parentDataProperty: "incentive_type",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.incentive_identifier !== undefined) {
                    let data4 = data.incentive_identifier;
                    const _errs6 = errors;
                    if (typeof data4 !== "string" && data4 !== null) {
                      validate46.errors = [
                        {
                          instancePath: instancePath + "/incentive_identifier",
                          schemaPath: "#/properties/incentive_identifier/type",
                          keyword: "type",
                          params: { type: schema18.properties.incentive_identifier.type },
                          message: "must be string,null",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.incentive_description !== undefined) {
                      let data5 = data.incentive_description;
                      const _errs8 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate46.errors = [
                          {
                            instancePath: instancePath + "/incentive_description",
                            schemaPath: "#/properties/incentive_description/type",
                            keyword: "type",
                            params: { type: schema18.properties.incentive_description.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.incentive_custom_description !== undefined) {
                        let data6 = data.incentive_custom_description;
                        const _errs10 = errors;
                        if (typeof data6 !== "string" && data6 !== null) {
                          validate46.errors = [
                            {
                              instancePath: instancePath + "/incentive_custom_description",
                              schemaPath: "#/properties/incentive_custom_description/type",
                              keyword: "type",
                              params: {
                                type: schema18.properties.incentive_custom_description.type,
                              },
                              message: "must be string,null",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs10 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.amount !== undefined) {
                          const _errs12 = errors;
                          if (
                            !validate32(data.amount, {
                              instancePath: instancePath + "/amount",
                              parentData: data,
                              parentDataProperty: "amount",
                              rootData,
                            })
                          ) {
                            vErrors =
                              vErrors === null
                                ? validate32.errors
                                : vErrors.concat(validate32.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs12 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.coupon !== undefined) {
                            let data8 = data.coupon;
                            const _errs13 = errors;
                            const _errs14 = errors;
                            let valid1 = false;
                            let passing0 = null;
                            const _errs15 = errors;
                            if (
                              !validate53(data8, {
                                instancePath: instancePath + "/coupon",
                                parentData: data,
                                parentDataProperty: "coupon",
                                rootData,
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate53.errors
                                  : vErrors.concat(validate53.errors);
                              errors = vErrors.length;
                            }
                            var _valid0 = _errs15 === errors;
                            if (_valid0) {
                              valid1 = true;
                              passing0 = 0;
                            }
                            const _errs16 = errors;
                            if (data8 !== null) {
                              const err0 = {
                                instancePath: instancePath + "/coupon",
                                schemaPath: "#/properties/coupon/oneOf/1/type",
                                keyword: "type",
                                params: { type: "null" },
                                message: "must be null",
                              };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs16 === errors;
                            if (_valid0 && valid1) {
                              valid1 = false;
                              passing0 = [passing0, 1];
                            } else {
                              if (_valid0) {
                                valid1 = true;
                                passing0 = 1;
                              }
                            }
                            if (!valid1) {
                              const err1 = {
                                instancePath: instancePath + "/coupon",
                                schemaPath: "#/properties/coupon/oneOf",
                                keyword: "oneOf",
                                params: { passingSchemas: passing0 },
                                message: "must match exactly one schema in oneOf",
                              };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                              validate46.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs14;
                              if (vErrors !== null) {
                                if (_errs14) {
                                  vErrors.length = _errs14;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs13 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.coupon_code !== undefined) {
                              let data9 = data.coupon_code;
                              const _errs18 = errors;
                              if (typeof data9 !== "string" && data9 !== null) {
                                validate46.errors = [
                                  {
                                    instancePath: instancePath + "/coupon_code",
                                    schemaPath: "#/properties/coupon_code/type",
                                    keyword: "type",
                                    params: { type: schema18.properties.coupon_code.type },
                                    message: "must be string,null",
                                  },
                                ];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate46.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate46.errors = vErrors;
    return errors === 0;
  }
  function validate43(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.campaign === undefined && (missing0 = "campaign")) ||
          (data.offer === undefined && (missing0 = "offer")) ||
          (data.reward === undefined && (missing0 = "reward")) ||
          (data.advocate_origin === undefined && (missing0 = "advocate_origin"))
        ) {
          validate43.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.campaign !== undefined) {
            const _errs1 = errors;
            if (
              !validate2(data.campaign, {
                instancePath: instancePath + "/campaign",
                parentData: data,
                parentDataProperty: "campaign",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.offer !== undefined) {
              const _errs2 = errors;
              if (
                !validate4(data.offer, {
                  instancePath: instancePath + "/offer",
                  parentData: data,
                  parentDataProperty: "offer",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.reward !== undefined) {
                const _errs3 = errors;
                if (
                  !validate46(data.reward, {
                    instancePath: instancePath + "/reward",
                    parentData: data,
                    parentDataProperty: "reward",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.person !== undefined) {
                  let data3 = data.person;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid1 = false;
                  let passing0 = null;
                  const _errs6 = errors;
                  if (
                    !validate24(data3, {
                      instancePath: instancePath + "/person",
                      parentData: data,
                      parentDataProperty: "person",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                  var _valid0 = _errs6 === errors;
                  if (_valid0) {
                    valid1 = true;
                    passing0 = 0;
                  }
                  const _errs7 = errors;
                  if (data3 !== null) {
                    const err0 = {
                      instancePath: instancePath + "/person",
                      schemaPath: "#/properties/person/oneOf/1/type",
                      keyword: "type",
                      params: { type: "null" },
                      message: "must be null",
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs7 === errors;
                  if (_valid0 && valid1) {
                    valid1 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid1 = true;
                      passing0 = 1;
                    }
                  }
                  if (!valid1) {
                    const err1 = {
                      instancePath: instancePath + "/person",
                      schemaPath: "#/properties/person/oneOf",
                      keyword: "oneOf",
                      params: { passingSchemas: passing0 },
                      message: "must match exactly one schema in oneOf",
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                    validate43.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.origin !== undefined) {
                    let data4 = data.origin;
                    const _errs9 = errors;
                    const _errs10 = errors;
                    let valid2 = false;
                    let passing1 = null;
                    const _errs11 = errors;
                    if (
                      !validate6(data4, {
                        instancePath: instancePath + "/origin",
                        parentData: data,
                        parentDataProperty: "origin",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                      errors = vErrors.length;
                    }
                    var _valid1 = _errs11 === errors;
                    if (_valid1) {
                      valid2 = true;
                      passing1 = 0;
                    }
                    const _errs12 = errors;
                    if (data4 !== null) {
                      const err2 = {
                        instancePath: instancePath + "/origin",
                        schemaPath: "#/properties/origin/oneOf/1/type",
                        keyword: "type",
                        params: { type: "null" },
                        message: "must be null",
                      };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                    var _valid1 = _errs12 === errors;
                    if (_valid1 && valid2) {
                      valid2 = false;
                      passing1 = [passing1, 1];
                    } else {
                      if (_valid1) {
                        valid2 = true;
                        passing1 = 1;
                      }
                    }
                    if (!valid2) {
                      const err3 = {
                        instancePath: instancePath + "/origin",
                        schemaPath: "#/properties/origin/oneOf",
                        keyword: "oneOf",
                        params: { passingSchemas: passing1 },
                        message: "must match exactly one schema in oneOf",
                      };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                      validate43.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs10;
                      if (vErrors !== null) {
                        if (_errs10) {
                          vErrors.length = _errs10;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.advocate_origin !== undefined) {
                      const _errs14 = errors;
                      if (
                        !validate6(data.advocate_origin, {
                          instancePath: instancePath + "/advocate_origin",
                          parentData: data,
                          parentDataProperty: "advocate_origin",
                          rootData,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.friend_origin !== undefined) {
                        let data6 = data.friend_origin;
                        const _errs15 = errors;
                        const _errs16 = errors;
                        let valid3 = false;
                        let passing2 = null;
                        const _errs17 = errors;
                        if (
                          !validate6(data6, {
                            instancePath: instancePath + "/friend_origin",
                            parentData: data,
                            parentDataProperty: "friend_origin",
                            rootData,
                          })
                        ) {
                          vErrors =
                            vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                          errors = vErrors.length;
                        }
                        var _valid2 = _errs17 === errors;
                        if (_valid2) {
                          valid3 = true;
                          passing2 = 0;
                        }
                        const _errs18 = errors;
                        if (data6 !== null) {
                          const err4 = {
                            instancePath: instancePath + "/friend_origin",
                            schemaPath: "#/properties/friend_origin/oneOf/1/type",
                            keyword: "type",
                            params: { type: "null" },
                            message: "must be null",
                          };
                          if (vErrors === null) {
                            vErrors = [err4];
                          } else {
                            vErrors.push(err4);
                          }
                          errors++;
                        }
                        var _valid2 = _errs18 === errors;
                        if (_valid2 && valid3) {
                          valid3 = false;
                          passing2 = [passing2, 1];
                        } else {
                          if (_valid2) {
                            valid3 = true;
                            passing2 = 1;
                          }
                        }
                        if (!valid3) {
                          const err5 = {
                            instancePath: instancePath + "/friend_origin",
                            schemaPath: "#/properties/friend_origin/oneOf",
                            keyword: "oneOf",
                            params: { passingSchemas: passing2 },
                            message: "must match exactly one schema in oneOf",
                          };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                          validate43.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs16;
                          if (vErrors !== null) {
                            if (_errs16) {
                              vErrors.length = _errs16;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate43.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate43.errors = vErrors;
    return errors === 0;
  }
  const schema22 = {
    type: "object",
    required: ["campaign", "share_type", "share_info", "origin"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      share_type: { $ref: "#/components/schemas/ShareType" },
      share_info: {
        type: "object",
        properties: {
          recipients: { type: "array", items: { type: "string" } },
          facebook_share_post_id: { type: "string" },
          facebook_share_user_id: { type: "string" },
        },
      },
      sharer_info: { $ref: "#/components/schemas/Person" },
      share_link: { type: "string" },
      origin: { $ref: "#/components/schemas/Origin" },
    },
  };
  function validate63(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.campaign === undefined && (missing0 = "campaign")) ||
          (data.share_type === undefined && (missing0 = "share_type")) ||
          (data.share_info === undefined && (missing0 = "share_info")) ||
          (data.origin === undefined && (missing0 = "origin"))
        ) {
          validate63.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.campaign !== undefined) {
            const _errs1 = errors;
            if (
              !validate2(data.campaign, {
                instancePath: instancePath + "/campaign",
                parentData: data,
                parentDataProperty: "campaign",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.share_type !== undefined) {
              const _errs2 = errors;
              if (
                !validate41(data.share_type, {
                  instancePath: instancePath + "/share_type",
                  parentData: data,
                  parentDataProperty: "share_type",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.share_info !== undefined) {
                let data2 = data.share_info;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.recipients !== undefined) {
                      let data3 = data2.recipients;
                      const _errs5 = errors;
                      if (errors === _errs5) {
                        if (Array.isArray(data3)) {
                          var valid2 = true;
                          const len0 = data3.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs7 = errors;
                            if (typeof data3[i0] !== "string") {
                              validate63.errors = [
                                {
                                  instancePath: instancePath + "/share_info/recipients/" + i0,
                                  schemaPath:
                                    "#/properties/share_info/properties/recipients/items/type",
                                  keyword: "type",
                                  params: { type: "string" },
                                  message: "must be string",
                                },
                              ];
                              return false;
                            }
                            var valid2 = _errs7 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        } else {
                          validate63.errors = [
                            {
                              instancePath: instancePath + "/share_info/recipients",
                              schemaPath: "#/properties/share_info/properties/recipients/type",
                              keyword: "type",
                              params: { type: "array" },
                              message: "must be array",
                            },
                          ];
                          return false;
                        }
                      }
                      var valid1 = _errs5 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data2.facebook_share_post_id !== undefined) {
                        const _errs9 = errors;
                        if (typeof data2.facebook_share_post_id !== "string") {
                          validate63.errors = [
                            {
                              instancePath: instancePath + "/share_info/facebook_share_post_id",
                              schemaPath:
                                "#/properties/share_info/properties/facebook_share_post_id/type",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs9 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data2.facebook_share_user_id !== undefined) {
                          const _errs11 = errors;
                          if (typeof data2.facebook_share_user_id !== "string") {
                            validate63.errors = [
                              {
                                instancePath: instancePath + "/share_info/facebook_share_user_id",
                                schemaPath:
                                  "#/properties/share_info/properties/facebook_share_user_id/type",
                                keyword: "type",
                                params: { type: "string" },
                                message: "must be string",
                              },
                            ];
                            return false;
                          }
                          var valid1 = _errs11 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  } else {
                    validate63.errors = [
                      {
                        instancePath: instancePath + "/share_info",
                        schemaPath: "#/properties/share_info/type",
                        keyword: "type",
                        params: { type: "object" },
                        message: "must be object",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.sharer_info !== undefined) {
                  const _errs13 = errors;
                  if (
                    !validate24(data.sharer_info, {
                      instancePath: instancePath + "/sharer_info",
                      parentData: data,
                      parentDataProperty: "sharer_info",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.share_link !== undefined) {
                    const _errs14 = errors;
                    if (typeof data.share_link !== "string") {
                      validate63.errors = [
                        {
                          instancePath: instancePath + "/share_link",
                          schemaPath: "#/properties/share_link/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.origin !== undefined) {
                      const _errs16 = errors;
                      if (
                        !validate6(data.origin, {
                          instancePath: instancePath + "/origin",
                          parentData: data,
                          parentDataProperty: "origin",
                          rootData,
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate63.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate63.errors = vErrors;
    return errors === 0;
  }
  const schema23 = {
    type: "object",
    required: ["coupon_code", "coupon_list_id", "discount_amount", "percentage_discount"],
    properties: {
      coupon_code: { type: "string" },
      coupon_list_id: { type: "integer" },
      coupon_list_name: { type: "string" },
      discount_amount: { $ref: "#/components/schemas/Amount" },
      percentage_discount: { type: "boolean" },
      usage_limit: { type: ["integer", "null"] },
      expires_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      coupon_auto_sync_enabled: { type: "boolean" },
    },
  };
  function validate68(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.coupon_code === undefined && (missing0 = "coupon_code")) ||
          (data.coupon_list_id === undefined && (missing0 = "coupon_list_id")) ||
          (data.discount_amount === undefined && (missing0 = "discount_amount")) ||
          (data.percentage_discount === undefined && (missing0 = "percentage_discount"))
        ) {
          validate68.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.coupon_code !== undefined) {
            const _errs1 = errors;
            if (typeof data.coupon_code !== "string") {
              validate68.errors = [
                {
                  instancePath: instancePath + "/coupon_code",
                  schemaPath: "#/properties/coupon_code/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.coupon_list_id !== undefined) {
              let data1 = data.coupon_list_id;
              const _errs3 = errors;
              if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1))) {
                validate68.errors = [
                  {
                    instancePath: instancePath + "/coupon_list_id",
                    schemaPath: "#/properties/coupon_list_id/type",
                    keyword: "type",
                    params: { type: "integer" },
                    message: "must be integer",
                  },
                ];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.coupon_list_name !== undefined) {
                const _errs5 = errors;
                if (typeof data.coupon_list_name !== "string") {
                  validate68.errors = [
                    {
                      instancePath: instancePath + "/coupon_list_name",
                      schemaPath: "#/properties/coupon_list_name/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.discount_amount !== undefined) {
                  const _errs7 = errors;
                  if (
                    !validate32(data.discount_amount, {
                      instancePath: instancePath + "/discount_amount",
                      parentData: data,
                      parentDataProperty: "discount_amount",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.percentage_discount !== undefined) {
                    const _errs8 = errors;
                    if (typeof data.percentage_discount !== "boolean") {
                      validate68.errors = [
                        {
                          instancePath: instancePath + "/percentage_discount",
                          schemaPath: "#/properties/percentage_discount/type",
                          keyword: "type",
                          params: { type: "boolean" },
                          message: "must be boolean",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.usage_limit !== undefined) {
                      let data5 = data.usage_limit;
                      const _errs10 = errors;
                      if (
                        !(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5)) &&
                        data5 !== null
                      ) {
                        validate68.errors = [
                          {
                            instancePath: instancePath + "/usage_limit",
                            schemaPath: "#/properties/usage_limit/type",
                            keyword: "type",
                            params: { type: schema23.properties.usage_limit.type },
                            message: "must be integer,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.expires_at !== undefined) {
                        let data6 = data.expires_at;
                        const _errs12 = errors;
                        const _errs13 = errors;
                        let valid1 = false;
                        let passing0 = null;
                        const _errs14 = errors;
                        if (
                          !validate12(data6, {
                            instancePath: instancePath + "/expires_at",
                            parentData: data,
                            parentDataProperty: "expires_at",
                            rootData,
                          })
                        ) {
                          vErrors =
                            vErrors === null
                              ? validate12.errors
                              : vErrors.concat(validate12.errors);
                          errors = vErrors.length;
                        }
                        var _valid0 = _errs14 === errors;
                        if (_valid0) {
                          valid1 = true;
                          passing0 = 0;
                        }
                        const _errs15 = errors;
                        if (data6 !== null) {
                          const err0 = {
                            instancePath: instancePath + "/expires_at",
                            schemaPath: "#/properties/expires_at/oneOf/1/type",
                            keyword: "type",
                            params: { type: "null" },
                            message: "must be null",
                          };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                        var _valid0 = _errs15 === errors;
                        if (_valid0 && valid1) {
                          valid1 = false;
                          passing0 = [passing0, 1];
                        } else {
                          if (_valid0) {
                            valid1 = true;
                            passing0 = 1;
                          }
                        }
                        if (!valid1) {
                          const err1 = {
                            instancePath: instancePath + "/expires_at",
                            schemaPath: "#/properties/expires_at/oneOf",
                            keyword: "oneOf",
                            params: { passingSchemas: passing0 },
                            message: "must match exactly one schema in oneOf",
                          };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                          validate68.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs13;
                          if (vErrors !== null) {
                            if (_errs13) {
                              vErrors.length = _errs13;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.email !== undefined) {
                          let data7 = data.email;
                          const _errs17 = errors;
                          if (typeof data7 !== "string" && data7 !== null) {
                            validate68.errors = [
                              {
                                instancePath: instancePath + "/email",
                                schemaPath: "#/properties/email/type",
                                keyword: "type",
                                params: { type: schema23.properties.email.type },
                                message: "must be string,null",
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.phone_number !== undefined) {
                            let data8 = data.phone_number;
                            const _errs19 = errors;
                            if (typeof data8 !== "string" && data8 !== null) {
                              validate68.errors = [
                                {
                                  instancePath: instancePath + "/phone_number",
                                  schemaPath: "#/properties/phone_number/type",
                                  keyword: "type",
                                  params: { type: schema23.properties.phone_number.type },
                                  message: "must be string,null",
                                },
                              ];
                              return false;
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.coupon_auto_sync_enabled !== undefined) {
                              const _errs21 = errors;
                              if (typeof data.coupon_auto_sync_enabled !== "boolean") {
                                validate68.errors = [
                                  {
                                    instancePath: instancePath + "/coupon_auto_sync_enabled",
                                    schemaPath: "#/properties/coupon_auto_sync_enabled/type",
                                    keyword: "type",
                                    params: { type: "boolean" },
                                    message: "must be boolean",
                                  },
                                ];
                                return false;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate68.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate68.errors = vErrors;
    return errors === 0;
  }
  const schema24 = {
    type: "object",
    required: ["campaign", "offer"],
    allOf: [{ $ref: "#/components/schemas/Person" }],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
    },
  };
  function validate71(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.campaign === undefined && (missing0 = "campaign")) ||
          (data.offer === undefined && (missing0 = "offer"))
        ) {
          validate71.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.campaign !== undefined) {
            const _errs2 = errors;
            if (
              !validate2(data.campaign, {
                instancePath: instancePath + "/campaign",
                parentData: data,
                parentDataProperty: "campaign",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs2 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.offer !== undefined) {
              const _errs3 = errors;
              if (
                !validate4(data.offer, {
                  instancePath: instancePath + "/offer",
                  parentData: data,
                  parentDataProperty: "offer",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs3 === errors;
            } else {
              var valid1 = true;
            }
          }
        }
      } else {
        validate71.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate71.errors = vErrors;
    return errors === 0;
  }
  const schema25 = {
    type: "object",
    required: ["campaign", "offer"],
    allOf: [{ $ref: "#/components/schemas/Person" }],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      ip_address: { type: ["string", "null"] },
    },
  };
  function validate75(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.campaign === undefined && (missing0 = "campaign")) ||
          (data.offer === undefined && (missing0 = "offer"))
        ) {
          validate75.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.campaign !== undefined) {
            const _errs2 = errors;
            if (
              !validate2(data.campaign, {
                instancePath: instancePath + "/campaign",
                parentData: data,
                parentDataProperty: "campaign",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs2 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.offer !== undefined) {
              const _errs3 = errors;
              if (
                !validate4(data.offer, {
                  instancePath: instancePath + "/offer",
                  parentData: data,
                  parentDataProperty: "offer",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs3 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.ip_address !== undefined) {
                let data2 = data.ip_address;
                const _errs4 = errors;
                if (typeof data2 !== "string" && data2 !== null) {
                  validate75.errors = [
                    {
                      instancePath: instancePath + "/ip_address",
                      schemaPath: "#/properties/ip_address/type",
                      keyword: "type",
                      params: { type: schema25.properties.ip_address.type },
                      message: "must be string,null",
                    },
                  ];
                  return false;
                }
                var valid1 = _errs4 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate75.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate75.errors = vErrors;
    return errors === 0;
  }
  const schema26 = {
    type: "object",
    required: ["person"],
    properties: { person: { $ref: "#/components/schemas/Person" } },
  };
  function validate79(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.person === undefined && (missing0 = "person")) {
          validate79.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.person !== undefined) {
            if (
              !validate24(data.person, {
                instancePath: instancePath + "/person",
                parentData: data,
                parentDataProperty: "person",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate79.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate79.errors = vErrors;
    return errors === 0;
  }
  const schema27 = {
    type: "object",
    required: ["recipient", "email_type"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      recipient: { $ref: "#/components/schemas/Person" },
      email_type: { $ref: "#/components/schemas/EmailType" },
    },
  };
  const schema28 = {
    type: "string",
    anyOf: [
      {
        type: "string",
        enum: [
          "notifier_offers_email",
          "notifier_offers_share_via_email",
          "notifier_offers_share_via_email_reminder",
          "advocate_rewards_confirmation",
          "advocate_rewards_paid",
          "friend_rewards_paid",
          "custom_share_page_email",
          "custom_claim_page_email",
          "wallet_welcome_email",
          "email_capture_reward_reminder",
          "loyalty_post_action_email",
          "loyalty_tier_upgraded_email",
          "loyalty_tier_downgraded_email",
          "loyalty_points_expiring_soon_email",
        ],
      },
      { type: "string" },
    ],
  };
  function validate84(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate84.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!(
      data === "notifier_offers_email" ||
      data === "notifier_offers_share_via_email" ||
      data === "notifier_offers_share_via_email_reminder" ||
      data === "advocate_rewards_confirmation" ||
      data === "advocate_rewards_paid" ||
      data === "friend_rewards_paid" ||
      data === "custom_share_page_email" ||
      data === "custom_claim_page_email" ||
      data === "wallet_welcome_email" ||
      data === "email_capture_reward_reminder" ||
      data === "loyalty_post_action_email" ||
      data === "loyalty_tier_upgraded_email" ||
      data === "loyalty_tier_downgraded_email" ||
      data === "loyalty_points_expiring_soon_email"
    )) {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema28.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err2 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err3 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate84.errors = vErrors;
      return false;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate84.errors = vErrors;
    return errors === 0;
  }
  function validate81(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.recipient === undefined && (missing0 = "recipient")) ||
          (data.email_type === undefined && (missing0 = "email_type"))
        ) {
          validate81.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.campaign !== undefined) {
            const _errs1 = errors;
            if (
              !validate2(data.campaign, {
                instancePath: instancePath + "/campaign",
                parentData: data,
                parentDataProperty: "campaign",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.recipient !== undefined) {
              const _errs2 = errors;
              if (
                !validate24(data.recipient, {
                  instancePath: instancePath + "/recipient",
                  parentData: data,
                  parentDataProperty: "recipient",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.email_type !== undefined) {
                const _errs3 = errors;
                if (
                  !validate84(data.email_type, {
                    instancePath: instancePath + "/email_type",
                    parentData: data,
                    parentDataProperty: "email_type",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate81.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate81.errors = vErrors;
    return errors === 0;
  }
  const schema29 = {
    type: "object",
    required: ["origin", "person"],
    properties: {
      origin: { $ref: "#/components/schemas/Origin" },
      person: { $ref: "#/components/schemas/Person" },
    },
  };
  function validate86(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.origin === undefined && (missing0 = "origin")) ||
          (data.person === undefined && (missing0 = "person"))
        ) {
          validate86.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.origin !== undefined) {
            const _errs1 = errors;
            if (
              !validate6(data.origin, {
                instancePath: instancePath + "/origin",
                parentData: data,
                parentDataProperty: "origin",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.person !== undefined) {
              const _errs2 = errors;
              if (
                !validate24(data.person, {
                  instancePath: instancePath + "/person",
                  parentData: data,
                  parentDataProperty: "person",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate86.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate86.errors = vErrors;
    return errors === 0;
  }
  const schema30 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "referral_web_hook" },
      payload: { $ref: "#/components/schemas/ReferralPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  const schema31 = { type: "string", minLength: 1 };
  function validate90(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (typeof data === "string") {
        if (data.length < 1) {
          validate90.errors = [
            {
              instancePath,
              schemaPath: "#/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
            },
          ];
          return false;
        }
      } else {
        validate90.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          },
        ];
        return false;
      }
    }
    validate90.errors = vErrors;
    return errors === 0;
  }
  const schema32 = { type: "string" };
  function validate92(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate92.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    validate92.errors = vErrors;
    return errors === 0;
  }
  const schema33 = { type: "object" };
  function validate95(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
      validate95.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        },
      ];
      return false;
    }
    validate95.errors = vErrors;
    return errors === 0;
  }
  function validate89(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate89.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate89.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("referral_web_hook" !== data2) {
                  validate89.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "referral_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate1(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate89.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate89.errors = vErrors;
    return errors === 0;
  }
  const schema34 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "reward_web_hook" },
      payload: { $ref: "#/components/schemas/RewardPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate97(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate97.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate97.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("reward_web_hook" !== data2) {
                  validate97.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "reward_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate43(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate97.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate97.errors = vErrors;
    return errors === 0;
  }
  const schema35 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "post_share_web_hook" },
      payload: { $ref: "#/components/schemas/PostSharePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate102(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate102.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate102.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("post_share_web_hook" !== data2) {
                  validate102.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "post_share_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate63(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate102.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate102.errors = vErrors;
    return errors === 0;
  }
  const schema36 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "create_coupon_web_hook" },
      payload: { $ref: "#/components/schemas/CreateCouponPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate107(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate107.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate107.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("create_coupon_web_hook" !== data2) {
                  validate107.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "create_coupon_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate68(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate107.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate107.errors = vErrors;
    return errors === 0;
  }
  const schema37 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "offer_signup_web_hook" },
      payload: { $ref: "#/components/schemas/OfferSignupPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate112(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate112.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate112.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("offer_signup_web_hook" !== data2) {
                  validate112.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "offer_signup_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate71(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate112.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate112.errors = vErrors;
    return errors === 0;
  }
  const schema38 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "claim_signup_web_hook" },
      payload: { $ref: "#/components/schemas/ClaimSignupPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate117(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate117.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate117.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("claim_signup_web_hook" !== data2) {
                  validate117.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "claim_signup_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate75(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate117.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate117.errors = vErrors;
    return errors === 0;
  }
  const schema39 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "unsubscribe_web_hook" },
      payload: { $ref: "#/components/schemas/UnsubscribePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate122(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate122.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate122.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("unsubscribe_web_hook" !== data2) {
                  validate122.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "unsubscribe_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate79(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate122.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate122.errors = vErrors;
    return errors === 0;
  }
  const schema40 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "check_unsubscribe_web_hook" },
      payload: { $ref: "#/components/schemas/CheckUnsubscribePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate127(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate127.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate127.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("check_unsubscribe_web_hook" !== data2) {
                  validate127.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "check_unsubscribe_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate81(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate127.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate127.errors = vErrors;
    return errors === 0;
  }
  const schema41 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "event_web_hook" },
      payload: { $ref: "#/components/schemas/EventPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate132(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.key === undefined && (missing0 = "key")) ||
          (data.payload === undefined && (missing0 = "payload"))
        ) {
          validate132.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.key !== undefined) {
            const _errs1 = errors;
            if (
              !validate90(data.key, {
                instancePath: instancePath + "/key",
                parentData: data,
                parentDataProperty: "key",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (
                !validate92(data.site, {
                  instancePath: instancePath + "/site",
                  parentData: data,
                  parentDataProperty: "site",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== undefined) {
                let data2 = data.type;
                const _errs3 = errors;
                if (typeof data2 !== "string") {
                  validate132.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if ("event_web_hook" !== data2) {
                  validate132.errors = [
                    {
                      instancePath: instancePath + "/type",
                      schemaPath: "#/properties/type/const",
                      keyword: "const",
                      params: { allowedValue: "event_web_hook" },
                      message: "must be equal to constant",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.payload !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate86(data.payload, {
                      instancePath: instancePath + "/payload",
                      parentData: data,
                      parentDataProperty: "payload",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.extras !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate95(data.extras, {
                        instancePath: instancePath + "/extras",
                        parentData: data,
                        parentDataProperty: "extras",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate132.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate132.errors = vErrors;
    return errors === 0;
  }
  const schema42 = {
    type: "object",
    required: ["result"],
    properties: {
      result: {
        type: "object",
        required: ["unsubscribed"],
        properties: { unsubscribed: { type: "boolean" } },
      },
    },
  };
  function validate137(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === undefined && (missing0 = "result")) {
          validate137.errors = [
            {
              instancePath,
              schemaPath: "#/required",
              keyword: "required",
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.result !== undefined) {
            let data0 = data.result;
            const _errs1 = errors;
            if (errors === _errs1) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if (data0.unsubscribed === undefined && (missing1 = "unsubscribed")) {
                  validate137.errors = [
                    {
                      instancePath: instancePath + "/result",
                      schemaPath: "#/properties/result/required",
                      keyword: "required",
                      params: { missingProperty: missing1 },
                      message: "must have required property '" + missing1 + "'",
                    },
                  ];
                  return false;
                } else {
                  if (data0.unsubscribed !== undefined) {
                    if (typeof data0.unsubscribed !== "boolean") {
                      validate137.errors = [
                        {
                          instancePath: instancePath + "/result/unsubscribed",
                          schemaPath: "#/properties/result/properties/unsubscribed/type",
                          keyword: "type",
                          params: { type: "boolean" },
                          message: "must be boolean",
                        },
                      ];
                      return false;
                    }
                  }
                }
              } else {
                validate137.errors = [
                  {
                    instancePath: instancePath + "/result",
                    schemaPath: "#/properties/result/type",
                    keyword: "type",
                    params: { type: "object" },
                    message: "must be object",
                  },
                ];
                return false;
              }
            }
          }
        }
      } else {
        validate137.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          },
        ];
        return false;
      }
    }
    validate137.errors = vErrors;
    return errors === 0;
  }
  return {
    v_referral_web_hook_payload: validate1,
    v_reward_web_hook_payload: validate43,
    v_post_share_web_hook_payload: validate63,
    v_create_coupon_web_hook_payload: validate68,
    v_offer_signup_web_hook_payload: validate71,
    v_claim_signup_web_hook_payload: validate75,
    v_unsubscribe_web_hook_payload: validate79,
    v_check_unsubscribe_web_hook_payload: validate81,
    v_event_web_hook_payload: validate86,
    v_referral_web_hook_body: validate89,
    v_reward_web_hook_body: validate97,
    v_post_share_web_hook_body: validate102,
    v_create_coupon_web_hook_body: validate107,
    v_offer_signup_web_hook_body: validate112,
    v_claim_signup_web_hook_body: validate117,
    v_unsubscribe_web_hook_body: validate122,
    v_check_unsubscribe_web_hook_body: validate127,
    v_event_web_hook_body: validate132,
    v_check_unsubscribe_web_hook_answer: validate137,
  };
})();
export const full = (() => {
  const schema1 = {
    type: "object",
    required: ["campaign", "offer", "referred_origin", "advocate_rewards", "friend_rewards"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      referred_origin: { $ref: "#/components/schemas/Origin" },
      advocate_rewards: { type: "array", items: { $ref: "#/components/schemas/ReferralReward" } },
      friend_rewards: { type: "array", items: { $ref: "#/components/schemas/ReferralReward" } },
      referrer: { $ref: "#/components/schemas/ReferralReward" },
      referred: { $ref: "#/components/schemas/ReferralReward" },
      share: {
        type: "object",
        properties: { channel: { $ref: "#/components/schemas/ShareType" } },
      },
    },
  };
  const schema2 = {
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "integer" },
      cached_slug: { type: ["integer", "string"] },
      type: { type: "string", enum: ["StandaloneCampaign", "DoubleSidedDealCampaign"] },
      tag_names: { type: "array", items: { type: "string" } },
      joinable_category_names: { type: "array", items: { type: "string" } },
      new_customer: { type: ["boolean", "null"] },
      origin_min_age: { type: ["integer", "null"] },
      origin_max_age: { type: ["integer", "null"] },
    },
  };
  function validate2(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "id" },
          message: "must have required property '" + "id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.id !== undefined) {
        let data0 = data.id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err1 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.cached_slug !== undefined) {
        let data1 = data.cached_slug;
        if (
          !(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1)) &&
          typeof data1 !== "string"
        ) {
          const err2 = {
            instancePath: instancePath + "/cached_slug",
            schemaPath: "#/properties/cached_slug/type",
            keyword: "type",
            params: { type: schema2.properties.cached_slug.type },
            message: "must be integer,string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!(data2 === "StandaloneCampaign" || data2 === "DoubleSidedDealCampaign")) {
          const err4 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/enum",
            keyword: "enum",
            params: { allowedValues: schema2.properties.type.enum },
            message: "must be equal to one of the allowed values",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.tag_names !== undefined) {
        let data3 = data.tag_names;
        if (Array.isArray(data3)) {
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (typeof data3[i0] !== "string") {
              const err5 = {
                instancePath: instancePath + "/tag_names/" + i0,
                schemaPath: "#/properties/tag_names/items/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        } else {
          const err6 = {
            instancePath: instancePath + "/tag_names",
            schemaPath: "#/properties/tag_names/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.joinable_category_names !== undefined) {
        let data5 = data.joinable_category_names;
        if (Array.isArray(data5)) {
          const len1 = data5.length;
          for (let i1 = 0; i1 < len1; i1++) {
            if (typeof data5[i1] !== "string") {
              const err7 = {
                instancePath: instancePath + "/joinable_category_names/" + i1,
                schemaPath: "#/properties/joinable_category_names/items/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = {
            instancePath: instancePath + "/joinable_category_names",
            schemaPath: "#/properties/joinable_category_names/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.new_customer !== undefined) {
        let data7 = data.new_customer;
        if (typeof data7 !== "boolean" && data7 !== null) {
          const err9 = {
            instancePath: instancePath + "/new_customer",
            schemaPath: "#/properties/new_customer/type",
            keyword: "type",
            params: { type: schema2.properties.new_customer.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.origin_min_age !== undefined) {
        let data8 = data.origin_min_age;
        if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8)) && data8 !== null) {
          const err10 = {
            instancePath: instancePath + "/origin_min_age",
            schemaPath: "#/properties/origin_min_age/type",
            keyword: "type",
            params: { type: schema2.properties.origin_min_age.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.origin_max_age !== undefined) {
        let data9 = data.origin_max_age;
        if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9)) && data9 !== null) {
          const err11 = {
            instancePath: instancePath + "/origin_max_age",
            schemaPath: "#/properties/origin_max_age/type",
            keyword: "type",
            params: { type: schema2.properties.origin_max_age.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    } else {
      const err12 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    validate2.errors = vErrors;
    return errors === 0;
  }
  const schema3 = {
    type: "object",
    required: ["short_url_code"],
    properties: {
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      short_url_code: { type: "string" },
      ip_address: { type: ["string", "null"] },
    },
  };
  function validate4(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.short_url_code === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "short_url_code" },
          message: "must have required property '" + "short_url_code" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.email !== undefined) {
        let data0 = data.email;
        if (typeof data0 !== "string" && data0 !== null) {
          const err1 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/type",
            keyword: "type",
            params: { type: schema3.properties.email.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.phone_number !== undefined) {
        let data1 = data.phone_number;
        if (typeof data1 !== "string" && data1 !== null) {
          const err2 = {
            instancePath: instancePath + "/phone_number",
            schemaPath: "#/properties/phone_number/type",
            keyword: "type",
            params: { type: schema3.properties.phone_number.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.short_url_code !== undefined) {
        if (typeof data.short_url_code !== "string") {
          const err3 = {
            instancePath: instancePath + "/short_url_code",
            schemaPath: "#/properties/short_url_code/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.ip_address !== undefined) {
        let data3 = data.ip_address;
        if (typeof data3 !== "string" && data3 !== null) {
          const err4 = {
            instancePath: instancePath + "/ip_address",
            schemaPath: "#/properties/ip_address/type",
            keyword: "type",
            params: { type: schema3.properties.ip_address.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    } else {
      const err5 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    validate4.errors = vErrors;
    return errors === 0;
  }
  const schema4 = {
    type: "object",
    oneOf: [
      { $ref: "#/components/schemas/PurchaseOrigin" },
      { $ref: "#/components/schemas/AffiliateMemberOrigin" },
      { $ref: "#/components/schemas/EventOrigin" },
    ],
  };
  const schema5 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: {
      type: { type: "string", const: "Purchase" },
      order_number: { type: "string" },
      order_date: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      subtotal: { type: ["number", "null"] },
      currency_iso_code: { type: ["string", "null"] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  const schema6 = {
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "integer" },
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      customer_id: { type: ["string", "null"] },
      traffic_source: { $ref: "#/components/schemas/TrafficSource" },
      ip_address: { type: ["string", "null"] },
      utm_source: { type: ["string", "null"] },
      utm_medium: { type: ["string", "null"] },
      utm_campaign: { type: ["string", "null"] },
      utm_content: { type: ["string", "null"] },
      utm_term: { type: ["string", "null"] },
      segment1: { type: ["string", "null"] },
      segment2: { type: ["string", "null"] },
      segment3: { type: ["string", "null"] },
    },
  };
  const schema7 = {
    type: "string",
    anyOf: [
      { type: "string", enum: ["post-checkout", "post-event", "unknown"] },
      { type: "string" },
    ],
  };
  function validate9(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!(data === "post-checkout" || data === "post-event" || data === "unknown")) {
      const err2 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema7.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err3 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err4 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate9.errors = vErrors;
    return errors === 0;
  }
  function validate8(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "id" },
          message: "must have required property '" + "id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.id !== undefined) {
        let data0 = data.id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err1 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.email !== undefined) {
        let data1 = data.email;
        if (typeof data1 !== "string" && data1 !== null) {
          const err2 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/type",
            keyword: "type",
            params: { type: schema6.properties.email.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.phone_number !== undefined) {
        let data2 = data.phone_number;
        if (typeof data2 !== "string" && data2 !== null) {
          const err3 = {
            instancePath: instancePath + "/phone_number",
            schemaPath: "#/properties/phone_number/type",
            keyword: "type",
            params: { type: schema6.properties.phone_number.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.customer_id !== undefined) {
        let data3 = data.customer_id;
        if (typeof data3 !== "string" && data3 !== null) {
          const err4 = {
            instancePath: instancePath + "/customer_id",
            schemaPath: "#/properties/customer_id/type",
            keyword: "type",
            params: { type: schema6.properties.customer_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.traffic_source !== undefined) {
        if (
          !validate9(data.traffic_source, {
            instancePath: instancePath + "/traffic_source",
            parentData: data,
            parentDataProperty: "traffic_source",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
          errors = vErrors.length;
        }
      }
      if (data.ip_address !== undefined) {
        let data5 = data.ip_address;
        if (typeof data5 !== "string" && data5 !== null) {
          const err5 = {
            instancePath: instancePath + "/ip_address",
            schemaPath: "#/properties/ip_address/type",
            keyword: "type",
            params: { type: schema6.properties.ip_address.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.utm_source !== undefined) {
        let data6 = data.utm_source;
        if (typeof data6 !== "string" && data6 !== null) {
          const err6 = {
            instancePath: instancePath + "/utm_source",
            schemaPath: "#/properties/utm_source/type",
            keyword: "type",
            params: { type: schema6.properties.utm_source.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.utm_medium !== undefined) {
        let data7 = data.utm_medium;
        if (typeof data7 !== "string" && data7 !== null) {
          const err7 = {
            instancePath: instancePath + "/utm_medium",
            schemaPath: "#/properties/utm_medium/type",
            keyword: "type",
            params: { type: schema6.properties.utm_medium.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.utm_campaign !== undefined) {
        let data8 = data.utm_campaign;
        if (typeof data8 !== "string" && data8 !== null) {
          const err8 = {
            instancePath: instancePath + "/utm_campaign",
            schemaPath: "#/properties/utm_campaign/type",
            keyword: "type",
            params: { type: schema6.properties.utm_campaign.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.utm_content !== undefined) {
        let data9 = data.utm_content;
        if (typeof data9 !== "string" && data9 !== null) {
          const err9 = {
            instancePath: instancePath + "/utm_content",
            schemaPath: "#/properties/utm_content/type",
            keyword: "type",
            params: { type: schema6.properties.utm_content.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.utm_term !== undefined) {
        let data10 = data.utm_term;
        if (typeof data10 !== "string" && data10 !== null) {
          const err10 = {
            instancePath: instancePath + "/utm_term",
            schemaPath: "#/properties/utm_term/type",
            keyword: "type",
            params: { type: schema6.properties.utm_term.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.segment1 !== undefined) {
        let data11 = data.segment1;
        if (typeof data11 !== "string" && data11 !== null) {
          const err11 = {
            instancePath: instancePath + "/segment1",
            schemaPath: "#/properties/segment1/type",
            keyword: "type",
            params: { type: schema6.properties.segment1.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.segment2 !== undefined) {
        let data12 = data.segment2;
        if (typeof data12 !== "string" && data12 !== null) {
          const err12 = {
            instancePath: instancePath + "/segment2",
            schemaPath: "#/properties/segment2/type",
            keyword: "type",
            params: { type: schema6.properties.segment2.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.segment3 !== undefined) {
        let data13 = data.segment3;
        if (typeof data13 !== "string" && data13 !== null) {
          const err13 = {
            instancePath: instancePath + "/segment3",
            schemaPath: "#/properties/segment3/type",
            keyword: "type",
            params: { type: schema6.properties.segment3.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    } else {
      const err14 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    validate8.errors = vErrors;
    return errors === 0;
  }
  const schema8 = { type: "string" };
  function validate12(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
  }
  function validate7(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate8(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "type" },
          message: "must have required property '" + "type" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 !== "string") {
          const err1 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if ("Purchase" !== data0) {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "Purchase" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.order_number !== undefined) {
        if (typeof data.order_number !== "string") {
          const err3 = {
            instancePath: instancePath + "/order_number",
            schemaPath: "#/properties/order_number/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.order_date !== undefined) {
        let data2 = data.order_date;
        const _errs7 = errors;
        let valid2 = false;
        let passing0 = null;
        const _errs8 = errors;
        if (
          !validate12(data2, {
            instancePath: instancePath + "/order_date",
            parentData: data,
            parentDataProperty: "order_date",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs8 === errors;
        if (_valid0) {
          valid2 = true;
          passing0 = 0;
        }
        const _errs9 = errors;
        if (data2 !== null) {
          const err4 = {
            instancePath: instancePath + "/order_date",
            schemaPath: "#/properties/order_date/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        if (_valid0 && valid2) {
          valid2 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid2 = true;
            passing0 = 1;
          }
        }
        if (!valid2) {
          const err5 = {
            instancePath: instancePath + "/order_date",
            schemaPath: "#/properties/order_date/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        } else {
          errors = _errs7;
          if (vErrors !== null) {
            if (_errs7) {
              vErrors.length = _errs7;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.subtotal !== undefined) {
        let data3 = data.subtotal;
        if (!(typeof data3 == "number") && data3 !== null) {
          const err6 = {
            instancePath: instancePath + "/subtotal",
            schemaPath: "#/properties/subtotal/type",
            keyword: "type",
            params: { type: schema5.properties.subtotal.type },
            message: "must be number,null",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.currency_iso_code !== undefined) {
        let data4 = data.currency_iso_code;
        if (typeof data4 !== "string" && data4 !== null) {
          const err7 = {
            instancePath: instancePath + "/currency_iso_code",
            schemaPath: "#/properties/currency_iso_code/type",
            keyword: "type",
            params: { type: schema5.properties.currency_iso_code.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.coupon_code !== undefined) {
        let data5 = data.coupon_code;
        if (typeof data5 !== "string" && data5 !== null) {
          const err8 = {
            instancePath: instancePath + "/coupon_code",
            schemaPath: "#/properties/coupon_code/type",
            keyword: "type",
            params: { type: schema5.properties.coupon_code.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    } else {
      const err9 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    validate7.errors = vErrors;
    return errors === 0;
  }
  const schema9 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: { type: { type: "string", const: "AffiliateMember" } },
  };
  function validate15(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate8(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "type" },
          message: "must have required property '" + "type" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 !== "string") {
          const err1 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if ("AffiliateMember" !== data0) {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "AffiliateMember" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    } else {
      const err3 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    validate15.errors = vErrors;
    return errors === 0;
  }
  const schema10 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: {
      type: { type: "string", const: "Event" },
      event_category: { type: "string" },
      event_number: { type: "string" },
      order_date: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      subtotal: { type: ["number", "null"] },
      currency_iso_code: { type: ["string", "null"] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  function validate18(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate8(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "type" },
          message: "must have required property '" + "type" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 !== "string") {
          const err1 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if ("Event" !== data0) {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "Event" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.event_category !== undefined) {
        if (typeof data.event_category !== "string") {
          const err3 = {
            instancePath: instancePath + "/event_category",
            schemaPath: "#/properties/event_category/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.event_number !== undefined) {
        if (typeof data.event_number !== "string") {
          const err4 = {
            instancePath: instancePath + "/event_number",
            schemaPath: "#/properties/event_number/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.order_date !== undefined) {
        let data3 = data.order_date;
        const _errs9 = errors;
        let valid2 = false;
        let passing0 = null;
        const _errs10 = errors;
        if (
          !validate12(data3, {
            instancePath: instancePath + "/order_date",
            parentData: data,
            parentDataProperty: "order_date",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs10 === errors;
        if (_valid0) {
          valid2 = true;
          passing0 = 0;
        }
        const _errs11 = errors;
        if (data3 !== null) {
          const err5 = {
            instancePath: instancePath + "/order_date",
            schemaPath: "#/properties/order_date/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        var _valid0 = _errs11 === errors;
        if (_valid0 && valid2) {
          valid2 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid2 = true;
            passing0 = 1;
          }
        }
        if (!valid2) {
          const err6 = {
            instancePath: instancePath + "/order_date",
            schemaPath: "#/properties/order_date/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        } else {
          errors = _errs9;
          if (vErrors !== null) {
            if (_errs9) {
              vErrors.length = _errs9;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.subtotal !== undefined) {
        let data4 = data.subtotal;
        if (!(typeof data4 == "number") && data4 !== null) {
          const err7 = {
            instancePath: instancePath + "/subtotal",
            schemaPath: "#/properties/subtotal/type",
            keyword: "type",
            params: { type: schema10.properties.subtotal.type },
            message: "must be number,null",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.currency_iso_code !== undefined) {
        let data5 = data.currency_iso_code;
        if (typeof data5 !== "string" && data5 !== null) {
          const err8 = {
            instancePath: instancePath + "/currency_iso_code",
            schemaPath: "#/properties/currency_iso_code/type",
            keyword: "type",
            params: { type: schema10.properties.currency_iso_code.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.coupon_code !== undefined) {
        let data6 = data.coupon_code;
        if (typeof data6 !== "string" && data6 !== null) {
          const err9 = {
            instancePath: instancePath + "/coupon_code",
            schemaPath: "#/properties/coupon_code/type",
            keyword: "type",
            params: { type: schema10.properties.coupon_code.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    } else {
      const err10 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    validate18.errors = vErrors;
    return errors === 0;
  }
  function validate6(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs2 = errors;
    if (!validate7(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    if (_valid0) {
      valid0 = true;
      passing0 = 0;
    }
    const _errs3 = errors;
    if (!validate15(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 1;
      }
      const _errs4 = errors;
      if (!validate18(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 2];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 2;
        }
      }
    }
    if (!valid0) {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf",
        keyword: "oneOf",
        params: { passingSchemas: passing0 },
        message: "must match exactly one schema in oneOf",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate6.errors = vErrors;
    return errors === 0;
  }
  const schema11 = {
    type: "object",
    required: ["id", "email"],
    properties: {
      id: { type: "integer" },
      email: { type: "string" },
      person: { $ref: "#/components/schemas/Person" },
      amount: { $ref: "#/components/schemas/Amount" },
      incentive: { $ref: "#/components/schemas/IncentiveType" },
      incentive_description: { type: ["string", "null"] },
      reward_coupon_code: { type: ["string", "null"] },
      origin: { $ref: "#/components/schemas/Origin" },
    },
  };
  const schema12 = {
    type: "object",
    required: ["email"],
    properties: {
      email: { type: "string" },
      phone_number: { type: ["string", "null"] },
      first_name: { type: ["string", "null"] },
      last_name: { type: ["string", "null"] },
      username: { type: ["string", "null"] },
      customer_id: { type: ["string", "null"] },
      sub_choice: { type: ["boolean", "null"] },
      subscribed_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      opted_in_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      phone_opted_in_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      unsubscribed_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      custom_properties: { type: "object" },
      is_loyalty_member: { type: "boolean" },
      loyalty_member: { type: ["object", "null"] },
      referral_counts: { $ref: "#/components/schemas/ReferralCounts" },
      gender: { type: ["string", "null"] },
    },
  };
  const schema13 = {
    type: "object",
    required: ["total", "approved", "pending"],
    properties: {
      total: { type: "integer", minimum: 0 },
      approved: { type: "integer", minimum: 0 },
      pending: { type: "integer", minimum: 0 },
    },
  };
  function validate29(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.total === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "total" },
          message: "must have required property '" + "total" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.approved === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "approved" },
          message: "must have required property '" + "approved" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.pending === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "pending" },
          message: "must have required property '" + "pending" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.total !== undefined) {
        let data0 = data.total;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err3 = {
            instancePath: instancePath + "/total",
            schemaPath: "#/properties/total/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (typeof data0 == "number") {
          if (data0 < 0 || isNaN(data0)) {
            const err4 = {
              instancePath: instancePath + "/total",
              schemaPath: "#/properties/total/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
      if (data.approved !== undefined) {
        let data1 = data.approved;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1))) {
          const err5 = {
            instancePath: instancePath + "/approved",
            schemaPath: "#/properties/approved/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (typeof data1 == "number") {
          if (data1 < 0 || isNaN(data1)) {
            const err6 = {
              instancePath: instancePath + "/approved",
              schemaPath: "#/properties/approved/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
      if (data.pending !== undefined) {
        let data2 = data.pending;
        if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2))) {
          const err7 = {
            instancePath: instancePath + "/pending",
            schemaPath: "#/properties/pending/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (typeof data2 == "number") {
          if (data2 < 0 || isNaN(data2)) {
            const err8 = {
              instancePath: instancePath + "/pending",
              schemaPath: "#/properties/pending/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    } else {
      const err9 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    validate29.errors = vErrors;
    return errors === 0;
  }
  function validate24(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.email === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "email" },
          message: "must have required property '" + "email" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.email !== undefined) {
        if (typeof data.email !== "string") {
          const err1 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.phone_number !== undefined) {
        let data1 = data.phone_number;
        if (typeof data1 !== "string" && data1 !== null) {
          const err2 = {
            instancePath: instancePath + "/phone_number",
            schemaPath: "#/properties/phone_number/type",
            keyword: "type",
            params: { type: schema12.properties.phone_number.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.first_name !== undefined) {
        let data2 = data.first_name;
        if (typeof data2 !== "string" && data2 !== null) {
          const err3 = {
            instancePath: instancePath + "/first_name",
            schemaPath: "#/properties/first_name/type",
            keyword: "type",
            params: { type: schema12.properties.first_name.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.last_name !== undefined) {
        let data3 = data.last_name;
        if (typeof data3 !== "string" && data3 !== null) {
          const err4 = {
            instancePath: instancePath + "/last_name",
            schemaPath: "#/properties/last_name/type",
            keyword: "type",
            params: { type: schema12.properties.last_name.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.username !== undefined) {
        let data4 = data.username;
        if (typeof data4 !== "string" && data4 !== null) {
          const err5 = {
            instancePath: instancePath + "/username",
            schemaPath: "#/properties/username/type",
            keyword: "type",
            params: { type: schema12.properties.username.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.customer_id !== undefined) {
        let data5 = data.customer_id;
        if (typeof data5 !== "string" && data5 !== null) {
          const err6 = {
            instancePath: instancePath + "/customer_id",
            schemaPath: "#/properties/customer_id/type",
            keyword: "type",
            params: { type: schema12.properties.customer_id.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.sub_choice !== undefined) {
        let data6 = data.sub_choice;
        if (typeof data6 !== "boolean" && data6 !== null) {
          const err7 = {
            instancePath: instancePath + "/sub_choice",
            schemaPath: "#/properties/sub_choice/type",
            keyword: "type",
            params: { type: schema12.properties.sub_choice.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.subscribed_at !== undefined) {
        let data7 = data.subscribed_at;
        const _errs16 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs17 = errors;
        if (
          !validate12(data7, {
            instancePath: instancePath + "/subscribed_at",
            parentData: data,
            parentDataProperty: "subscribed_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs17 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs18 = errors;
        if (data7 !== null) {
          const err8 = {
            instancePath: instancePath + "/subscribed_at",
            schemaPath: "#/properties/subscribed_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs18 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
          }
        }
        if (!valid1) {
          const err9 = {
            instancePath: instancePath + "/subscribed_at",
            schemaPath: "#/properties/subscribed_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        } else {
          errors = _errs16;
          if (vErrors !== null) {
            if (_errs16) {
              vErrors.length = _errs16;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.opted_in_at !== undefined) {
        let data8 = data.opted_in_at;
        const _errs21 = errors;
        let valid2 = false;
        let passing1 = null;
        const _errs22 = errors;
        if (
          !validate12(data8, {
            instancePath: instancePath + "/opted_in_at",
            parentData: data,
            parentDataProperty: "opted_in_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid1 = _errs22 === errors;
        if (_valid1) {
          valid2 = true;
          passing1 = 0;
        }
        const _errs23 = errors;
        if (data8 !== null) {
          const err10 = {
            instancePath: instancePath + "/opted_in_at",
            schemaPath: "#/properties/opted_in_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        var _valid1 = _errs23 === errors;
        if (_valid1 && valid2) {
          valid2 = false;
          passing1 = [passing1, 1];
        } else {
          if (_valid1) {
            valid2 = true;
            passing1 = 1;
          }
        }
        if (!valid2) {
          const err11 = {
            instancePath: instancePath + "/opted_in_at",
            schemaPath: "#/properties/opted_in_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing1 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          errors = _errs21;
          if (vErrors !== null) {
            if (_errs21) {
              vErrors.length = _errs21;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.phone_opted_in_at !== undefined) {
        let data9 = data.phone_opted_in_at;
        const _errs26 = errors;
        let valid3 = false;
        let passing2 = null;
        const _errs27 = errors;
        if (
          !validate12(data9, {
            instancePath: instancePath + "/phone_opted_in_at",
            parentData: data,
            parentDataProperty: "phone_opted_in_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid2 = _errs27 === errors;
        if (_valid2) {
          valid3 = true;
          passing2 = 0;
        }
        const _errs28 = errors;
        if (data9 !== null) {
          const err12 = {
            instancePath: instancePath + "/phone_opted_in_at",
            schemaPath: "#/properties/phone_opted_in_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid2 = _errs28 === errors;
        if (_valid2 && valid3) {
          valid3 = false;
          passing2 = [passing2, 1];
        } else {
          if (_valid2) {
            valid3 = true;
            passing2 = 1;
          }
        }
        if (!valid3) {
          const err13 = {
            instancePath: instancePath + "/phone_opted_in_at",
            schemaPath: "#/properties/phone_opted_in_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing2 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        } else {
          errors = _errs26;
          if (vErrors !== null) {
            if (_errs26) {
              vErrors.length = _errs26;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.unsubscribed_at !== undefined) {
        let data10 = data.unsubscribed_at;
        const _errs31 = errors;
        let valid4 = false;
        let passing3 = null;
        const _errs32 = errors;
        if (
          !validate12(data10, {
            instancePath: instancePath + "/unsubscribed_at",
            parentData: data,
            parentDataProperty: "unsubscribed_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid3 = _errs32 === errors;
        if (_valid3) {
          valid4 = true;
          passing3 = 0;
        }
        const _errs33 = errors;
        if (data10 !== null) {
          const err14 = {
            instancePath: instancePath + "/unsubscribed_at",
            schemaPath: "#/properties/unsubscribed_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        var _valid3 = _errs33 === errors;
        if (_valid3 && valid4) {
          valid4 = false;
          passing3 = [passing3, 1];
        } else {
          if (_valid3) {
            valid4 = true;
            passing3 = 1;
          }
        }
        if (!valid4) {
          const err15 = {
            instancePath: instancePath + "/unsubscribed_at",
            schemaPath: "#/properties/unsubscribed_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing3 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        } else {
          errors = _errs31;
          if (vErrors !== null) {
            if (_errs31) {
              vErrors.length = _errs31;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.custom_properties !== undefined) {
        let data11 = data.custom_properties;
        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
          const err16 = {
            instancePath: instancePath + "/custom_properties",
            schemaPath: "#/properties/custom_properties/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.is_loyalty_member !== undefined) {
        if (typeof data.is_loyalty_member !== "boolean") {
          const err17 = {
            instancePath: instancePath + "/is_loyalty_member",
            schemaPath: "#/properties/is_loyalty_member/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.loyalty_member !== undefined) {
        let data13 = data.loyalty_member;
        if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
          const err18 = {
            instancePath: instancePath + "/loyalty_member",
            schemaPath: "#/properties/loyalty_member/type",
            keyword: "type",
            params: { type: schema12.properties.loyalty_member.type },
            message: "must be object,null",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.referral_counts !== undefined) {
        if (
          !validate29(data.referral_counts, {
            instancePath: instancePath + "/referral_counts",
            parentData: data,
            parentDataProperty: "referral_counts",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
          errors = vErrors.length;
        }
      }
      if (data.gender !== undefined) {
        let data15 = data.gender;
        if (typeof data15 !== "string" && data15 !== null) {
          const err19 = {
            instancePath: instancePath + "/gender",
            schemaPath: "#/properties/gender/type",
            keyword: "type",
            params: { type: schema12.properties.gender.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    } else {
      const err20 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    validate24.errors = vErrors;
    return errors === 0;
  }
  const schema14 = { type: ["string", "number", "null"], pattern: "^-?[0-9]+(\\.[0-9]+)?$" };
  const pattern0 = new RegExp("^-?[0-9]+(\\.[0-9]+)?$", "u");
  function validate32(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && !(typeof data == "number") && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema14.type },
        message: "must be string,number,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        const err1 = {
          instancePath,
          schemaPath: "#/pattern",
          keyword: "pattern",
          params: { pattern: "^-?[0-9]+(\\.[0-9]+)?$" },
          message: 'must match pattern "' + "^-?[0-9]+(\\.[0-9]+)?$" + '"',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    validate32.errors = vErrors;
    return errors === 0;
  }
  const schema15 = { type: "string", enum: ["rebate", "discount_coupon", "other"] };
  function validate34(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!(data === "rebate" || data === "discount_coupon" || data === "other")) {
      const err1 = {
        instancePath,
        schemaPath: "#/enum",
        keyword: "enum",
        params: { allowedValues: schema15.enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate34.errors = vErrors;
    return errors === 0;
  }
  function validate23(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "id" },
          message: "must have required property '" + "id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.email === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "email" },
          message: "must have required property '" + "email" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.id !== undefined) {
        let data0 = data.id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err2 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.email !== undefined) {
        if (typeof data.email !== "string") {
          const err3 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.person !== undefined) {
        if (
          !validate24(data.person, {
            instancePath: instancePath + "/person",
            parentData: data,
            parentDataProperty: "person",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
      }
      if (data.amount !== undefined) {
        if (
          !validate32(data.amount, {
            instancePath: instancePath + "/amount",
            parentData: data,
            parentDataProperty: "amount",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
          errors = vErrors.length;
        }
      }
      if (data.incentive !== undefined) {
        if (
          !validate34(data.incentive, {
            instancePath: instancePath + "/incentive",
            parentData: data,
            parentDataProperty: "incentive",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
          errors = vErrors.length;
        }
      }
      if (data.incentive_description !== undefined) {
        let data5 = data.incentive_description;
        if (typeof data5 !== "string" && data5 !== null) {
          const err4 = {
            instancePath: instancePath + "/incentive_description",
            schemaPath: "#/properties/incentive_description/type",
            keyword: "type",
            params: { type: schema11.properties.incentive_description.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.reward_coupon_code !== undefined) {
        let data6 = data.reward_coupon_code;
        if (typeof data6 !== "string" && data6 !== null) {
          const err5 = {
            instancePath: instancePath + "/reward_coupon_code",
            schemaPath: "#/properties/reward_coupon_code/type",
            keyword: "type",
            params: { type: schema11.properties.reward_coupon_code.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.origin !== undefined) {
        if (
          !validate6(data.origin, {
            instancePath: instancePath + "/origin",
            parentData: data,
            parentDataProperty: "origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err6 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    validate23.errors = vErrors;
    return errors === 0;
  }
  const schema16 = {
    type: "string",
    anyOf: [
      {
        type: "string",
        enum: [
          "email",
          "facebook",
          "twitter",
          "facebook_message",
          "facebook_sponsored",
          "whatsapp",
          "sms",
          "linkedin",
          "other",
        ],
      },
      { type: "string" },
    ],
  };
  function validate41(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!(
      data === "email" ||
      data === "facebook" ||
      data === "twitter" ||
      data === "facebook_message" ||
      data === "facebook_sponsored" ||
      data === "whatsapp" ||
      data === "sms" ||
      data === "linkedin" ||
      data === "other"
    )) {
      const err2 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema16.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err3 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err4 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate41.errors = vErrors;
    return errors === 0;
  }
  function validate1(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.campaign === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "campaign" },
          message: "must have required property '" + "campaign" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.offer === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "offer" },
          message: "must have required property '" + "offer" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.referred_origin === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "referred_origin" },
          message: "must have required property '" + "referred_origin" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.advocate_rewards === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "advocate_rewards" },
          message: "must have required property '" + "advocate_rewards" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.friend_rewards === undefined) {
        const err4 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "friend_rewards" },
          message: "must have required property '" + "friend_rewards" + "'",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.campaign !== undefined) {
        if (
          !validate2(data.campaign, {
            instancePath: instancePath + "/campaign",
            parentData: data,
            parentDataProperty: "campaign",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.offer !== undefined) {
        if (
          !validate4(data.offer, {
            instancePath: instancePath + "/offer",
            parentData: data,
            parentDataProperty: "offer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
          errors = vErrors.length;
        }
      }
      if (data.referred_origin !== undefined) {
        if (
          !validate6(data.referred_origin, {
            instancePath: instancePath + "/referred_origin",
            parentData: data,
            parentDataProperty: "referred_origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
      if (data.advocate_rewards !== undefined) {
        let data3 = data.advocate_rewards;
        if (Array.isArray(data3)) {
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (
              !validate23(data3[i0], {
                instancePath: instancePath + "/advocate_rewards/" + i0,
                parentData: data3,
                parentDataProperty: i0,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err5 = {
            instancePath: instancePath + "/advocate_rewards",
            schemaPath: "#/properties/advocate_rewards/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.friend_rewards !== undefined) {
        let data5 = data.friend_rewards;
        if (Array.isArray(data5)) {
          const len1 = data5.length;
          for (let i1 = 0; i1 < len1; i1++) {
            if (
              !validate23(data5[i1], {
                instancePath: instancePath + "/friend_rewards/" + i1,
                parentData: data5,
                parentDataProperty: i1,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err6 = {
            instancePath: instancePath + "/friend_rewards",
            schemaPath: "#/properties/friend_rewards/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.referrer !== undefined) {
        if (
          !validate23(data.referrer, {
            instancePath: instancePath + "/referrer",
            parentData: data,
            parentDataProperty: "referrer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
          errors = vErrors.length;
        }
      }
      if (data.referred !== undefined) {
        if (
          !validate23(data.referred, {
            instancePath: instancePath + "/referred",
            parentData: data,
            parentDataProperty: "referred",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
          errors = vErrors.length;
        }
      }
      if (data.share !== undefined) {
        let data9 = data.share;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
          if (data9.channel !== undefined) {
            if (
              !validate41(data9.channel, {
                instancePath: instancePath + "/share/channel",
                parentData: data9,
                parentDataProperty: "channel",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err7 = {
            instancePath: instancePath + "/share",
            schemaPath: "#/properties/share/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    } else {
      const err8 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    validate1.errors = vErrors;
    return errors === 0;
  }
  const schema17 = {
    type: "object",
    required: ["campaign", "offer", "reward", "advocate_origin"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      reward: { $ref: "#/components/schemas/Reward" },
      person: { oneOf: [{ $ref: "#/components/schemas/Person" }, { type: "null" }] },
      origin: { oneOf: [{ $ref: "#/components/schemas/Origin" }, { type: "null" }] },
      advocate_origin: { $ref: "#/components/schemas/Origin" },
      friend_origin: { oneOf: [{ $ref: "#/components/schemas/Origin" }, { type: "null" }] },
    },
  };
  const schema18 = {
    type: "object",
    required: ["id", "reason"],
    properties: {
      id: { type: "integer" },
      reason: { $ref: "#/components/schemas/RewardReason" },
      status: { $ref: "#/components/schemas/RewardStatus" },
      incentive_type: { $ref: "#/components/schemas/IncentiveType" },
      incentive_identifier: { type: ["string", "null"] },
      incentive_description: { type: ["string", "null"] },
      incentive_custom_description: { type: ["string", "null"] },
      amount: { $ref: "#/components/schemas/Amount" },
      coupon: { oneOf: [{ $ref: "#/components/schemas/Coupon" }, { type: "null" }] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  const schema19 = {
    type: "string",
    anyOf: [
      { type: "string", enum: ["signup", "shared", "click", "referrer", "referred"] },
      { type: "string" },
    ],
  };
  function validate47(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!(
      data === "signup" ||
      data === "shared" ||
      data === "click" ||
      data === "referrer" ||
      data === "referred"
    )) {
      const err2 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema19.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err3 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err4 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate47.errors = vErrors;
    return errors === 0;
  }
  const schema20 = {
    type: "string",
    anyOf: [{ type: "string", enum: ["Paid", "Unpaid", "Voided"] }, { type: "string" }],
  };
  function validate49(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!(data === "Paid" || data === "Unpaid" || data === "Voided")) {
      const err2 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema20.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err3 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err4 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate49.errors = vErrors;
    return errors === 0;
  }
  const schema21 = {
    type: "object",
    properties: {
      id: { type: "integer" },
      code: { type: "string" },
      active: { type: ["boolean", "null"] },
      amount: { $ref: "#/components/schemas/Amount" },
      percentage_discount: { type: ["boolean", "null"] },
      description: { type: ["string", "null"] },
      single_use: { type: ["boolean", "null"] },
      used: { type: ["boolean", "null"] },
      usages: { type: ["integer", "null"] },
      valid_until: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      expires_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
    },
  };
  function validate53(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id !== undefined) {
        let data0 = data.id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err0 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.code !== undefined) {
        if (typeof data.code !== "string") {
          const err1 = {
            instancePath: instancePath + "/code",
            schemaPath: "#/properties/code/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.active !== undefined) {
        let data2 = data.active;
        if (typeof data2 !== "boolean" && data2 !== null) {
          const err2 = {
            instancePath: instancePath + "/active",
            schemaPath: "#/properties/active/type",
            keyword: "type",
            params: { type: schema21.properties.active.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.amount !== undefined) {
        if (
          !validate32(data.amount, {
            instancePath: instancePath + "/amount",
            parentData: data,
            parentDataProperty: "amount",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
          errors = vErrors.length;
        }
      }
      if (data.percentage_discount !== undefined) {
        let data4 = data.percentage_discount;
        if (typeof data4 !== "boolean" && data4 !== null) {
          const err3 = {
            instancePath: instancePath + "/percentage_discount",
            schemaPath: "#/properties/percentage_discount/type",
            keyword: "type",
            params: { type: schema21.properties.percentage_discount.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.description !== undefined) {
        let data5 = data.description;
        if (typeof data5 !== "string" && data5 !== null) {
          const err4 = {
            instancePath: instancePath + "/description",
            schemaPath: "#/properties/description/type",
            keyword: "type",
            params: { type: schema21.properties.description.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.single_use !== undefined) {
        let data6 = data.single_use;
        if (typeof data6 !== "boolean" && data6 !== null) {
          const err5 = {
            instancePath: instancePath + "/single_use",
            schemaPath: "#/properties/single_use/type",
            keyword: "type",
            params: { type: schema21.properties.single_use.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.used !== undefined) {
        let data7 = data.used;
        if (typeof data7 !== "boolean" && data7 !== null) {
          const err6 = {
            instancePath: instancePath + "/used",
            schemaPath: "#/properties/used/type",
            keyword: "type",
            params: { type: schema21.properties.used.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.usages !== undefined) {
        let data8 = data.usages;
        if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8)) && data8 !== null) {
          const err7 = {
            instancePath: instancePath + "/usages",
            schemaPath: "#/properties/usages/type",
            keyword: "type",
            params: { type: schema21.properties.usages.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.valid_until !== undefined) {
        let data9 = data.valid_until;
        const _errs19 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs20 = errors;
        if (
          !validate12(data9, {
            instancePath: instancePath + "/valid_until",
            parentData: data,
            parentDataProperty: "valid_until",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs20 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs21 = errors;
        if (data9 !== null) {
          const err8 = {
            instancePath: instancePath + "/valid_until",
            schemaPath: "#/properties/valid_until/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs21 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
          }
        }
        if (!valid1) {
          const err9 = {
            instancePath: instancePath + "/valid_until",
            schemaPath: "#/properties/valid_until/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        } else {
          errors = _errs19;
          if (vErrors !== null) {
            if (_errs19) {
              vErrors.length = _errs19;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.expires_at !== undefined) {
        let data10 = data.expires_at;
        const _errs24 = errors;
        let valid2 = false;
        let passing1 = null;
        const _errs25 = errors;
        if (
          !validate12(data10, {
            instancePath: instancePath + "/expires_at",
            parentData: data,
            parentDataProperty: "expires_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid1 = _errs25 === errors;
        if (_valid1) {
          valid2 = true;
          passing1 = 0;
        }
        const _errs26 = errors;
        if (data10 !== null) {
          const err10 = {
            instancePath: instancePath + "/expires_at",
            schemaPath: "#/properties/expires_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        var _valid1 = _errs26 === errors;
        if (_valid1 && valid2) {
          valid2 = false;
          passing1 = [passing1, 1];
        } else {
          if (_valid1) {
            valid2 = true;
            passing1 = 1;
          }
        }
        if (!valid2) {
          const err11 = {
            instancePath: instancePath + "/expires_at",
            schemaPath: "#/properties/expires_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing1 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        } else {
          errors = _errs24;
          if (vErrors !== null) {
            if (_errs24) {
              vErrors.length = _errs24;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err12 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    validate53.errors = vErrors;
    return errors === 0;
  }
  function validate46(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "id" },
          message: "must have required property '" + "id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.reason === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "reason" },
          message: "must have required property '" + "reason" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.id !== undefined) {
        let data0 = data.id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err2 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.reason !== undefined) {
        if (
          !validate47(data.reason, {
            instancePath: instancePath + "/reason",
            parentData: data,
            parentDataProperty: "reason",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
          errors = vErrors.length;
        }
      }
      if (data.status !== undefined) {
        if (
          !validate49(data.status, {
            instancePath: instancePath + "/status",
            parentData: data,
            parentDataProperty: "status",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
          errors = vErrors.length;
        }
      }
      if (data.incentive_type !== undefined) {
        if (
          !validate34(data.incentive_type, {
            instancePath: instancePath + "/incentive_type",
            parentData: data,
            parentDataProperty: "incentive_type",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
          errors = vErrors.length;
        }
      }
      if (data.incentive_identifier !== undefined) {
        let data4 = data.incentive_identifier;
        if (typeof data4 !== "string" && data4 !== null) {
          const err3 = {
            instancePath: instancePath + "/incentive_identifier",
            schemaPath: "#/properties/incentive_identifier/type",
            keyword: "type",
            params: { type: schema18.properties.incentive_identifier.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.incentive_description !== undefined) {
        let data5 = data.incentive_description;
        if (typeof data5 !== "string" && data5 !== null) {
          const err4 = {
            instancePath: instancePath + "/incentive_description",
            schemaPath: "#/properties/incentive_description/type",
            keyword: "type",
            params: { type: schema18.properties.incentive_description.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.incentive_custom_description !== undefined) {
        let data6 = data.incentive_custom_description;
        if (typeof data6 !== "string" && data6 !== null) {
          const err5 = {
            instancePath: instancePath + "/incentive_custom_description",
            schemaPath: "#/properties/incentive_custom_description/type",
            keyword: "type",
            params: { type: schema18.properties.incentive_custom_description.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.amount !== undefined) {
        if (
          !validate32(data.amount, {
            instancePath: instancePath + "/amount",
            parentData: data,
            parentDataProperty: "amount",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
          errors = vErrors.length;
        }
      }
      if (data.coupon !== undefined) {
        let data8 = data.coupon;
        const _errs14 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs15 = errors;
        if (
          !validate53(data8, {
            instancePath: instancePath + "/coupon",
            parentData: data,
            parentDataProperty: "coupon",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs15 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs16 = errors;
        if (data8 !== null) {
          const err6 = {
            instancePath: instancePath + "/coupon",
            schemaPath: "#/properties/coupon/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var _valid0 = _errs16 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
          }
        }
        if (!valid1) {
          const err7 = {
            instancePath: instancePath + "/coupon",
            schemaPath: "#/properties/coupon/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        } else {
          errors = _errs14;
          if (vErrors !== null) {
            if (_errs14) {
              vErrors.length = _errs14;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.coupon_code !== undefined) {
        let data9 = data.coupon_code;
        if (typeof data9 !== "string" && data9 !== null) {
          const err8 = {
            instancePath: instancePath + "/coupon_code",
            schemaPath: "#/properties/coupon_code/type",
            keyword: "type",
            params: { type: schema18.properties.coupon_code.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    } else {
      const err9 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    validate46.errors = vErrors;
    return errors === 0;
  }
  function validate43(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.campaign === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "campaign" },
          message: "must have required property '" + "campaign" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.offer === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "offer" },
          message: "must have required property '" + "offer" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.reward === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "reward" },
          message: "must have required property '" + "reward" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.advocate_origin === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "advocate_origin" },
          message: "must have required property '" + "advocate_origin" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.campaign !== undefined) {
        if (
          !validate2(data.campaign, {
            instancePath: instancePath + "/campaign",
            parentData: data,
            parentDataProperty: "campaign",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.offer !== undefined) {
        if (
          !validate4(data.offer, {
            instancePath: instancePath + "/offer",
            parentData: data,
            parentDataProperty: "offer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
          errors = vErrors.length;
        }
      }
      if (data.reward !== undefined) {
        if (
          !validate46(data.reward, {
            instancePath: instancePath + "/reward",
            parentData: data,
            parentDataProperty: "reward",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
          errors = vErrors.length;
        }
      }
      if (data.person !== undefined) {
        let data3 = data.person;
        const _errs5 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs6 = errors;
        if (
          !validate24(data3, {
            instancePath: instancePath + "/person",
            parentData: data,
            parentDataProperty: "person",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs6 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs7 = errors;
        if (data3 !== null) {
          const err4 = {
            instancePath: instancePath + "/person",
            schemaPath: "#/properties/person/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
          }
        }
        if (!valid1) {
          const err5 = {
            instancePath: instancePath + "/person",
            schemaPath: "#/properties/person/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        } else {
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.origin !== undefined) {
        let data4 = data.origin;
        const _errs10 = errors;
        let valid2 = false;
        let passing1 = null;
        const _errs11 = errors;
        if (
          !validate6(data4, {
            instancePath: instancePath + "/origin",
            parentData: data,
            parentDataProperty: "origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
        var _valid1 = _errs11 === errors;
        if (_valid1) {
          valid2 = true;
          passing1 = 0;
        }
        const _errs12 = errors;
        if (data4 !== null) {
          const err6 = {
            instancePath: instancePath + "/origin",
            schemaPath: "#/properties/origin/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var _valid1 = _errs12 === errors;
        if (_valid1 && valid2) {
          valid2 = false;
          passing1 = [passing1, 1];
        } else {
          if (_valid1) {
            valid2 = true;
            passing1 = 1;
          }
        }
        if (!valid2) {
          const err7 = {
            instancePath: instancePath + "/origin",
            schemaPath: "#/properties/origin/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing1 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        } else {
          errors = _errs10;
          if (vErrors !== null) {
            if (_errs10) {
              vErrors.length = _errs10;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.advocate_origin !== undefined) {
        if (
          !validate6(data.advocate_origin, {
            instancePath: instancePath + "/advocate_origin",
            parentData: data,
            parentDataProperty: "advocate_origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
      if (data.friend_origin !== undefined) {
        let data6 = data.friend_origin;
        const _errs16 = errors;
        let valid3 = false;
        let passing2 = null;
        const _errs17 = errors;
        if (
          !validate6(data6, {
            instancePath: instancePath + "/friend_origin",
            parentData: data,
            parentDataProperty: "friend_origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
        var _valid2 = _errs17 === errors;
        if (_valid2) {
          valid3 = true;
          passing2 = 0;
        }
        const _errs18 = errors;
        if (data6 !== null) {
          const err8 = {
            instancePath: instancePath + "/friend_origin",
            schemaPath: "#/properties/friend_origin/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid2 = _errs18 === errors;
        if (_valid2 && valid3) {
          valid3 = false;
          passing2 = [passing2, 1];
        } else {
          if (_valid2) {
            valid3 = true;
            passing2 = 1;
          }
        }
        if (!valid3) {
          const err9 = {
            instancePath: instancePath + "/friend_origin",
            schemaPath: "#/properties/friend_origin/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing2 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        } else {
          errors = _errs16;
          if (vErrors !== null) {
            if (_errs16) {
              vErrors.length = _errs16;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err10 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    validate43.errors = vErrors;
    return errors === 0;
  }
  const schema22 = {
    type: "object",
    required: ["campaign", "share_type", "share_info", "origin"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      share_type: { $ref: "#/components/schemas/ShareType" },
      share_info: {
        type: "object",
        properties: {
          recipients: { type: "array", items: { type: "string" } },
          facebook_share_post_id: { type: "string" },
          facebook_share_user_id: { type: "string" },
        },
      },
      sharer_info: { $ref: "#/components/schemas/Person" },
      share_link: { type: "string" },
      origin: { $ref: "#/components/schemas/Origin" },
    },
  };
  function validate63(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.campaign === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "campaign" },
          message: "must have required property '" + "campaign" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.share_type === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "share_type" },
          message: "must have required property '" + "share_type" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.share_info === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "share_info" },
          message: "must have required property '" + "share_info" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.origin === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "origin" },
          message: "must have required property '" + "origin" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.campaign !== undefined) {
        if (
          !validate2(data.campaign, {
            instancePath: instancePath + "/campaign",
            parentData: data,
            parentDataProperty: "campaign",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.share_type !== undefined) {
        if (
          !validate41(data.share_type, {
            instancePath: instancePath + "/share_type",
            parentData: data,
            parentDataProperty: "share_type",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
          errors = vErrors.length;
        }
      }
      if (data.share_info !== undefined) {
        let data2 = data.share_info;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.recipients !== undefined) {
            let data3 = data2.recipients;
            if (Array.isArray(data3)) {
              const len0 = data3.length;
              for (let i0 = 0; i0 < len0; i0++) {
                if (typeof data3[i0] !== "string") {
                  const err4 = {
                    instancePath: instancePath + "/share_info/recipients/" + i0,
                    schemaPath: "#/properties/share_info/properties/recipients/items/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
            } else {
              const err5 = {
                instancePath: instancePath + "/share_info/recipients",
                schemaPath: "#/properties/share_info/properties/recipients/type",
                keyword: "type",
                params: { type: "array" },
                message: "must be array",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data2.facebook_share_post_id !== undefined) {
            if (typeof data2.facebook_share_post_id !== "string") {
              const err6 = {
                instancePath: instancePath + "/share_info/facebook_share_post_id",
                schemaPath: "#/properties/share_info/properties/facebook_share_post_id/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data2.facebook_share_user_id !== undefined) {
            if (typeof data2.facebook_share_user_id !== "string") {
              const err7 = {
                instancePath: instancePath + "/share_info/facebook_share_user_id",
                schemaPath: "#/properties/share_info/properties/facebook_share_user_id/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = {
            instancePath: instancePath + "/share_info",
            schemaPath: "#/properties/share_info/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.sharer_info !== undefined) {
        if (
          !validate24(data.sharer_info, {
            instancePath: instancePath + "/sharer_info",
            parentData: data,
            parentDataProperty: "sharer_info",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
      }
      if (data.share_link !== undefined) {
        if (typeof data.share_link !== "string") {
          const err9 = {
            instancePath: instancePath + "/share_link",
            schemaPath: "#/properties/share_link/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.origin !== undefined) {
        if (
          !validate6(data.origin, {
            instancePath: instancePath + "/origin",
            parentData: data,
            parentDataProperty: "origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err10 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    validate63.errors = vErrors;
    return errors === 0;
  }
  const schema23 = {
    type: "object",
    required: ["coupon_code", "coupon_list_id", "discount_amount", "percentage_discount"],
    properties: {
      coupon_code: { type: "string" },
      coupon_list_id: { type: "integer" },
      coupon_list_name: { type: "string" },
      discount_amount: { $ref: "#/components/schemas/Amount" },
      percentage_discount: { type: "boolean" },
      usage_limit: { type: ["integer", "null"] },
      expires_at: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      coupon_auto_sync_enabled: { type: "boolean" },
    },
  };
  function validate68(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.coupon_code === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "coupon_code" },
          message: "must have required property '" + "coupon_code" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.coupon_list_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "coupon_list_id" },
          message: "must have required property '" + "coupon_list_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.discount_amount === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "discount_amount" },
          message: "must have required property '" + "discount_amount" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.percentage_discount === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "percentage_discount" },
          message: "must have required property '" + "percentage_discount" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.coupon_code !== undefined) {
        if (typeof data.coupon_code !== "string") {
          const err4 = {
            instancePath: instancePath + "/coupon_code",
            schemaPath: "#/properties/coupon_code/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.coupon_list_id !== undefined) {
        let data1 = data.coupon_list_id;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1))) {
          const err5 = {
            instancePath: instancePath + "/coupon_list_id",
            schemaPath: "#/properties/coupon_list_id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.coupon_list_name !== undefined) {
        if (typeof data.coupon_list_name !== "string") {
          const err6 = {
            instancePath: instancePath + "/coupon_list_name",
            schemaPath: "#/properties/coupon_list_name/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.discount_amount !== undefined) {
        if (
          !validate32(data.discount_amount, {
            instancePath: instancePath + "/discount_amount",
            parentData: data,
            parentDataProperty: "discount_amount",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
          errors = vErrors.length;
        }
      }
      if (data.percentage_discount !== undefined) {
        if (typeof data.percentage_discount !== "boolean") {
          const err7 = {
            instancePath: instancePath + "/percentage_discount",
            schemaPath: "#/properties/percentage_discount/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.usage_limit !== undefined) {
        let data5 = data.usage_limit;
        if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5)) && data5 !== null) {
          const err8 = {
            instancePath: instancePath + "/usage_limit",
            schemaPath: "#/properties/usage_limit/type",
            keyword: "type",
            params: { type: schema23.properties.usage_limit.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.expires_at !== undefined) {
        let data6 = data.expires_at;
        const _errs13 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs14 = errors;
        if (
          !validate12(data6, {
            instancePath: instancePath + "/expires_at",
            parentData: data,
            parentDataProperty: "expires_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs14 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs15 = errors;
        if (data6 !== null) {
          const err9 = {
            instancePath: instancePath + "/expires_at",
            schemaPath: "#/properties/expires_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid0 = _errs15 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
          }
        }
        if (!valid1) {
          const err10 = {
            instancePath: instancePath + "/expires_at",
            schemaPath: "#/properties/expires_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        } else {
          errors = _errs13;
          if (vErrors !== null) {
            if (_errs13) {
              vErrors.length = _errs13;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.email !== undefined) {
        let data7 = data.email;
        if (typeof data7 !== "string" && data7 !== null) {
          const err11 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/type",
            keyword: "type",
            params: { type: schema23.properties.email.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.phone_number !== undefined) {
        let data8 = data.phone_number;
        if (typeof data8 !== "string" && data8 !== null) {
          const err12 = {
            instancePath: instancePath + "/phone_number",
            schemaPath: "#/properties/phone_number/type",
            keyword: "type",
            params: { type: schema23.properties.phone_number.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.coupon_auto_sync_enabled !== undefined) {
        if (typeof data.coupon_auto_sync_enabled !== "boolean") {
          const err13 = {
            instancePath: instancePath + "/coupon_auto_sync_enabled",
            schemaPath: "#/properties/coupon_auto_sync_enabled/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    } else {
      const err14 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    validate68.errors = vErrors;
    return errors === 0;
  }
  const schema24 = {
    type: "object",
    required: ["campaign", "offer"],
    allOf: [{ $ref: "#/components/schemas/Person" }],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
    },
  };
  function validate71(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.campaign === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "campaign" },
          message: "must have required property '" + "campaign" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.offer === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "offer" },
          message: "must have required property '" + "offer" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.campaign !== undefined) {
        if (
          !validate2(data.campaign, {
            instancePath: instancePath + "/campaign",
            parentData: data,
            parentDataProperty: "campaign",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.offer !== undefined) {
        if (
          !validate4(data.offer, {
            instancePath: instancePath + "/offer",
            parentData: data,
            parentDataProperty: "offer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err2 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    validate71.errors = vErrors;
    return errors === 0;
  }
  const schema25 = {
    type: "object",
    required: ["campaign", "offer"],
    allOf: [{ $ref: "#/components/schemas/Person" }],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      ip_address: { type: ["string", "null"] },
    },
  };
  function validate75(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.campaign === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "campaign" },
          message: "must have required property '" + "campaign" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.offer === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "offer" },
          message: "must have required property '" + "offer" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.campaign !== undefined) {
        if (
          !validate2(data.campaign, {
            instancePath: instancePath + "/campaign",
            parentData: data,
            parentDataProperty: "campaign",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.offer !== undefined) {
        if (
          !validate4(data.offer, {
            instancePath: instancePath + "/offer",
            parentData: data,
            parentDataProperty: "offer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
          errors = vErrors.length;
        }
      }
      if (data.ip_address !== undefined) {
        let data2 = data.ip_address;
        if (typeof data2 !== "string" && data2 !== null) {
          const err2 = {
            instancePath: instancePath + "/ip_address",
            schemaPath: "#/properties/ip_address/type",
            keyword: "type",
            params: { type: schema25.properties.ip_address.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    } else {
      const err3 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    validate75.errors = vErrors;
    return errors === 0;
  }
  const schema26 = {
    type: "object",
    required: ["person"],
    properties: { person: { $ref: "#/components/schemas/Person" } },
  };
  function validate79(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.person === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "person" },
          message: "must have required property '" + "person" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.person !== undefined) {
        if (
          !validate24(data.person, {
            instancePath: instancePath + "/person",
            parentData: data,
            parentDataProperty: "person",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err1 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate79.errors = vErrors;
    return errors === 0;
  }
  const schema27 = {
    type: "object",
    required: ["recipient", "email_type"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      recipient: { $ref: "#/components/schemas/Person" },
      email_type: { $ref: "#/components/schemas/EmailType" },
    },
  };
  const schema28 = {
    type: "string",
    anyOf: [
      {
        type: "string",
        enum: [
          "notifier_offers_email",
          "notifier_offers_share_via_email",
          "notifier_offers_share_via_email_reminder",
          "advocate_rewards_confirmation",
          "advocate_rewards_paid",
          "friend_rewards_paid",
          "custom_share_page_email",
          "custom_claim_page_email",
          "wallet_welcome_email",
          "email_capture_reward_reminder",
          "loyalty_post_action_email",
          "loyalty_tier_upgraded_email",
          "loyalty_tier_downgraded_email",
          "loyalty_points_expiring_soon_email",
        ],
      },
      { type: "string" },
    ],
  };
  function validate84(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (typeof data !== "string") {
      const err1 = {
        instancePath,
        schemaPath: "#/anyOf/0/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!(
      data === "notifier_offers_email" ||
      data === "notifier_offers_share_via_email" ||
      data === "notifier_offers_share_via_email_reminder" ||
      data === "advocate_rewards_confirmation" ||
      data === "advocate_rewards_paid" ||
      data === "friend_rewards_paid" ||
      data === "custom_share_page_email" ||
      data === "custom_claim_page_email" ||
      data === "wallet_welcome_email" ||
      data === "email_capture_reward_reminder" ||
      data === "loyalty_post_action_email" ||
      data === "loyalty_tier_upgraded_email" ||
      data === "loyalty_tier_downgraded_email" ||
      data === "loyalty_points_expiring_soon_email"
    )) {
      const err2 = {
        instancePath,
        schemaPath: "#/anyOf/0/enum",
        keyword: "enum",
        params: { allowedValues: schema28.anyOf[0].enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (typeof data !== "string") {
        const err3 = {
          instancePath,
          schemaPath: "#/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
    if (!valid0) {
      const err4 = {
        instancePath,
        schemaPath: "#/anyOf",
        keyword: "anyOf",
        params: {},
        message: "must match a schema in anyOf",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    validate84.errors = vErrors;
    return errors === 0;
  }
  function validate81(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.recipient === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "recipient" },
          message: "must have required property '" + "recipient" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.email_type === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "email_type" },
          message: "must have required property '" + "email_type" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.campaign !== undefined) {
        if (
          !validate2(data.campaign, {
            instancePath: instancePath + "/campaign",
            parentData: data,
            parentDataProperty: "campaign",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.recipient !== undefined) {
        if (
          !validate24(data.recipient, {
            instancePath: instancePath + "/recipient",
            parentData: data,
            parentDataProperty: "recipient",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
      }
      if (data.email_type !== undefined) {
        if (
          !validate84(data.email_type, {
            instancePath: instancePath + "/email_type",
            parentData: data,
            parentDataProperty: "email_type",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err2 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    validate81.errors = vErrors;
    return errors === 0;
  }
  const schema29 = {
    type: "object",
    required: ["origin", "person"],
    properties: {
      origin: { $ref: "#/components/schemas/Origin" },
      person: { $ref: "#/components/schemas/Person" },
    },
  };
  function validate86(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.origin === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "origin" },
          message: "must have required property '" + "origin" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.person === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "person" },
          message: "must have required property '" + "person" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.origin !== undefined) {
        if (
          !validate6(data.origin, {
            instancePath: instancePath + "/origin",
            parentData: data,
            parentDataProperty: "origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
      if (data.person !== undefined) {
        if (
          !validate24(data.person, {
            instancePath: instancePath + "/person",
            parentData: data,
            parentDataProperty: "person",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err2 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    validate86.errors = vErrors;
    return errors === 0;
  }
  const schema30 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "referral_web_hook" },
      payload: { $ref: "#/components/schemas/ReferralPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  const schema31 = { type: "string", minLength: 1 };
  function validate90(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
      if (data.length < 1) {
        const err0 = {
          instancePath,
          schemaPath: "#/minLength",
          keyword: "minLength",
          params: { limit: 1 },
          message: "must NOT have fewer than 1 characters",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate90.errors = vErrors;
    return errors === 0;
  }
  const schema32 = { type: "string" };
  function validate92(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "string" },
        message: "must be string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate92.errors = vErrors;
    return errors === 0;
  }
  const schema33 = { type: "object" };
  function validate95(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate95.errors = vErrors;
    return errors === 0;
  }
  function validate89(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("referral_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "referral_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate1(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate89.errors = vErrors;
    return errors === 0;
  }
  const schema34 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "reward_web_hook" },
      payload: { $ref: "#/components/schemas/RewardPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate97(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("reward_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "reward_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate43(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate97.errors = vErrors;
    return errors === 0;
  }
  const schema35 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "post_share_web_hook" },
      payload: { $ref: "#/components/schemas/PostSharePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate102(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("post_share_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "post_share_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate63(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate102.errors = vErrors;
    return errors === 0;
  }
  const schema36 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "create_coupon_web_hook" },
      payload: { $ref: "#/components/schemas/CreateCouponPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate107(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("create_coupon_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "create_coupon_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate68(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate107.errors = vErrors;
    return errors === 0;
  }
  const schema37 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "offer_signup_web_hook" },
      payload: { $ref: "#/components/schemas/OfferSignupPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate112(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("offer_signup_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "offer_signup_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate71(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate112.errors = vErrors;
    return errors === 0;
  }
  const schema38 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "claim_signup_web_hook" },
      payload: { $ref: "#/components/schemas/ClaimSignupPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate117(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("claim_signup_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "claim_signup_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate75(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate117.errors = vErrors;
    return errors === 0;
  }
  const schema39 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "unsubscribe_web_hook" },
      payload: { $ref: "#/components/schemas/UnsubscribePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate122(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("unsubscribe_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "unsubscribe_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate79(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate122.errors = vErrors;
    return errors === 0;
  }
  const schema40 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "check_unsubscribe_web_hook" },
      payload: { $ref: "#/components/schemas/CheckUnsubscribePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate127(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("check_unsubscribe_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "check_unsubscribe_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate81(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate127.errors = vErrors;
    return errors === 0;
  }
  const schema41 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "event_web_hook" },
      payload: { $ref: "#/components/schemas/EventPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate132(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property '" + "key" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.payload === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "payload" },
          message: "must have required property '" + "payload" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.key !== undefined) {
        if (
          !validate90(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate92(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if ("event_web_hook" !== data2) {
          const err3 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/const",
            keyword: "const",
            params: { allowedValue: "event_web_hook" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.payload !== undefined) {
        if (
          !validate86(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate95(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate132.errors = vErrors;
    return errors === 0;
  }
  const schema42 = {
    type: "object",
    required: ["result"],
    properties: {
      result: {
        type: "object",
        required: ["unsubscribed"],
        properties: { unsubscribed: { type: "boolean" } },
      },
    },
  };
  function validate137(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.result === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "result" },
          message: "must have required property '" + "result" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.result !== undefined) {
        let data0 = data.result;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.unsubscribed === undefined) {
            const err1 = {
              instancePath: instancePath + "/result",
              schemaPath: "#/properties/result/required",
              keyword: "required",
              params: { missingProperty: "unsubscribed" },
              message: "must have required property '" + "unsubscribed" + "'",
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data0.unsubscribed !== undefined) {
            if (typeof data0.unsubscribed !== "boolean") {
              const err2 = {
                instancePath: instancePath + "/result/unsubscribed",
                schemaPath: "#/properties/result/properties/unsubscribed/type",
                keyword: "type",
                params: { type: "boolean" },
                message: "must be boolean",
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        } else {
          const err3 = {
            instancePath: instancePath + "/result",
            schemaPath: "#/properties/result/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate137.errors = vErrors;
    return errors === 0;
  }
  return {
    v_referral_web_hook_payload: validate1,
    v_reward_web_hook_payload: validate43,
    v_post_share_web_hook_payload: validate63,
    v_create_coupon_web_hook_payload: validate68,
    v_offer_signup_web_hook_payload: validate71,
    v_claim_signup_web_hook_payload: validate75,
    v_unsubscribe_web_hook_payload: validate79,
    v_check_unsubscribe_web_hook_payload: validate81,
    v_event_web_hook_payload: validate86,
    v_referral_web_hook_body: validate89,
    v_reward_web_hook_body: validate97,
    v_post_share_web_hook_body: validate102,
    v_create_coupon_web_hook_body: validate107,
    v_offer_signup_web_hook_body: validate112,
    v_claim_signup_web_hook_body: validate117,
    v_unsubscribe_web_hook_body: validate122,
    v_check_unsubscribe_web_hook_body: validate127,
    v_event_web_hook_body: validate132,
    v_check_unsubscribe_web_hook_answer: validate137,
  };
})();
