// This file was written by scripts/generate.ts (npm run generate) from openapi/talkable.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
/* eslint-disable */
export const fast = (() => {
  const noPathContext = {};
  function prefixedErrors(errors, prefix) {
    if (prefix !== "" && errors)
      for (const error of errors) error.instancePath = prefix + error.instancePath;
    return errors;
  }
  const schema1 = {
    type: "object",
    required: ["campaign", "offer"],
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
      id: { $ref: "#/components/schemas/Identifier" },
      cached_slug: { $ref: "#/components/schemas/Identifier" },
      type: { type: "string", enum: ["StandaloneCampaign", "DoubleSidedDealCampaign"] },
      tag_names: { type: "array", items: { type: "string" } },
      joinable_category_names: { type: "array", items: { type: "string" } },
      new_customer: { type: ["boolean", "null"] },
      origin_min_age: { type: ["integer", "null"] },
      origin_max_age: { type: ["integer", "null"] },
    },
  };
  const schema3 = { type: ["integer", "string"] };
  function validate3(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data)) && typeof data !== "string") {
      validate3.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema3.type },
          message: "must be integer,string",
        },
      ];
      return false;
    }
    validate3.errors = vErrors;
    return errors === 0;
  }
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
            const _errs1 = errors;
            if (!validate3(data.id, noPathContext)) {
              const failed = prefixedErrors(validate3.errors, instancePath + "/id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cached_slug !== undefined) {
              const _errs2 = errors;
              if (!validate3(data.cached_slug, noPathContext)) {
                const failed = prefixedErrors(validate3.errors, instancePath + "/cached_slug");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.tag_names !== undefined) {
                  let data3 = data.tag_names;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs7 = errors;
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
                        var valid1 = _errs7 === errors;
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
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.joinable_category_names !== undefined) {
                    let data5 = data.joinable_category_names;
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (Array.isArray(data5)) {
                        var valid2 = true;
                        const len1 = data5.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs11 = errors;
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
                          var valid2 = _errs11 === errors;
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
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.new_customer !== undefined) {
                      let data7 = data.new_customer;
                      const _errs13 = errors;
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
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.origin_min_age !== undefined) {
                        let data8 = data.origin_min_age;
                        const _errs15 = errors;
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
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.origin_max_age !== undefined) {
                          let data9 = data.origin_max_age;
                          const _errs17 = errors;
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
                          var valid0 = _errs17 === errors;
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
  const schema4 = {
    type: "object",
    required: ["short_url_code"],
    properties: {
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      short_url_code: { type: "string" },
      ip_address: { type: ["string", "null"] },
    },
  };
  function validate7(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.short_url_code === undefined && (missing0 = "short_url_code")) {
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
          if (data.email !== undefined) {
            let data0 = data.email;
            const _errs1 = errors;
            if (typeof data0 !== "string" && data0 !== null) {
              validate7.errors = [
                {
                  instancePath: instancePath + "/email",
                  schemaPath: "#/properties/email/type",
                  keyword: "type",
                  params: { type: schema4.properties.email.type },
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
                validate7.errors = [
                  {
                    instancePath: instancePath + "/phone_number",
                    schemaPath: "#/properties/phone_number/type",
                    keyword: "type",
                    params: { type: schema4.properties.phone_number.type },
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
                  validate7.errors = [
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
                    validate7.errors = [
                      {
                        instancePath: instancePath + "/ip_address",
                        schemaPath: "#/properties/ip_address/type",
                        keyword: "type",
                        params: { type: schema4.properties.ip_address.type },
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
  const schema5 = {
    type: "object",
    allOf: [
      {
        if: { required: ["type"], properties: { type: { const: "Purchase" } } },
        then: { $ref: "#/components/schemas/PurchaseOrigin" },
      },
      {
        if: { required: ["type"], properties: { type: { const: "AffiliateMember" } } },
        then: { $ref: "#/components/schemas/AffiliateMemberOrigin" },
      },
      {
        if: { required: ["type"], properties: { type: { const: "Event" } } },
        then: { $ref: "#/components/schemas/EventOrigin" },
      },
      {
        allOf: [
          {
            if: { required: ["type"], properties: { type: { const: "Purchase" } } },
            then: { $ref: "#/components/schemas/PurchaseOrigin" },
            else: {
              if: { required: ["type"], properties: { type: { const: "AffiliateMember" } } },
              then: { $ref: "#/components/schemas/AffiliateMemberOrigin" },
              else: { $ref: "#/components/schemas/EventOrigin" },
            },
          },
        ],
      },
    ],
  };
  const schema6 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: {
      type: { type: "string", const: "Purchase" },
      order_number: { $ref: "#/components/schemas/Identifier" },
      order_date: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
      subtotal: { $ref: "#/components/schemas/Amount" },
      currency_iso_code: { type: ["string", "null"] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  const schema7 = {
    type: "object",
    required: ["id"],
    properties: {
      id: { $ref: "#/components/schemas/Identifier" },
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      customer_id: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Identifier" } }],
      },
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
  const schema8 = { type: "string", allOf: [{ type: "string" }] };
  function validate14(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate14.errors = [
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
    if (typeof data !== "string") {
      validate14.errors = [
        {
          instancePath,
          schemaPath: "#/allOf/0/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    validate14.errors = vErrors;
    return errors === 0;
  }
  function validate11(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.id === undefined && (missing0 = "id")) {
          validate11.errors = [
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
            const _errs1 = errors;
            if (!validate3(data.id, noPathContext)) {
              const failed = prefixedErrors(validate3.errors, instancePath + "/id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.email !== undefined) {
              let data1 = data.email;
              const _errs2 = errors;
              if (typeof data1 !== "string" && data1 !== null) {
                validate11.errors = [
                  {
                    instancePath: instancePath + "/email",
                    schemaPath: "#/properties/email/type",
                    keyword: "type",
                    params: { type: schema7.properties.email.type },
                    message: "must be string,null",
                  },
                ];
                return false;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.phone_number !== undefined) {
                let data2 = data.phone_number;
                const _errs4 = errors;
                if (typeof data2 !== "string" && data2 !== null) {
                  validate11.errors = [
                    {
                      instancePath: instancePath + "/phone_number",
                      schemaPath: "#/properties/phone_number/type",
                      keyword: "type",
                      params: { type: schema7.properties.phone_number.type },
                      message: "must be string,null",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.customer_id !== undefined) {
                  let data3 = data.customer_id;
                  const _errs6 = errors;
                  const _errs8 = errors;
                  let valid2 = true;
                  const _errs9 = errors;
                  if (data3 !== null) {
                    errors++;
                  }
                  var _valid0 = _errs9 === errors;
                  errors = _errs8;
                  if (vErrors !== null) {
                    if (_errs8) {
                      vErrors.length = _errs8;
                    } else {
                      vErrors = null;
                    }
                  }
                  if (!_valid0) {
                    const _errs11 = errors;
                    if (!validate3(data3, noPathContext)) {
                      const failed = prefixedErrors(
                        validate3.errors,
                        instancePath + "/customer_id",
                      );
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var _valid0 = _errs11 === errors;
                    valid2 = _valid0;
                  }
                  if (!valid2) {
                    const err1 = {
                      instancePath: instancePath + "/customer_id",
                      schemaPath: "#/properties/customer_id/allOf/0/if",
                      keyword: "if",
                      params: { failingKeyword: "else" },
                      message: 'must match "else" schema',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                    validate11.errors = vErrors;
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.traffic_source !== undefined) {
                    const _errs12 = errors;
                    if (!validate14(data.traffic_source, noPathContext)) {
                      const failed = prefixedErrors(
                        validate14.errors,
                        instancePath + "/traffic_source",
                      );
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.ip_address !== undefined) {
                      let data5 = data.ip_address;
                      const _errs13 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate11.errors = [
                          {
                            instancePath: instancePath + "/ip_address",
                            schemaPath: "#/properties/ip_address/type",
                            keyword: "type",
                            params: { type: schema7.properties.ip_address.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.utm_source !== undefined) {
                        let data6 = data.utm_source;
                        const _errs15 = errors;
                        if (typeof data6 !== "string" && data6 !== null) {
                          validate11.errors = [
                            {
                              instancePath: instancePath + "/utm_source",
                              schemaPath: "#/properties/utm_source/type",
                              keyword: "type",
                              params: { type: schema7.properties.utm_source.type },
                              message: "must be string,null",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.utm_medium !== undefined) {
                          let data7 = data.utm_medium;
                          const _errs17 = errors;
                          if (typeof data7 !== "string" && data7 !== null) {
                            validate11.errors = [
                              {
                                instancePath: instancePath + "/utm_medium",
                                schemaPath: "#/properties/utm_medium/type",
                                keyword: "type",
                                params: { type: schema7.properties.utm_medium.type },
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
                          if (data.utm_campaign !== undefined) {
                            let data8 = data.utm_campaign;
                            const _errs19 = errors;
                            if (typeof data8 !== "string" && data8 !== null) {
                              validate11.errors = [
                                {
                                  instancePath: instancePath + "/utm_campaign",
                                  schemaPath: "#/properties/utm_campaign/type",
                                  keyword: "type",
                                  params: { type: schema7.properties.utm_campaign.type },
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
                            if (data.utm_content !== undefined) {
                              let data9 = data.utm_content;
                              const _errs21 = errors;
                              if (typeof data9 !== "string" && data9 !== null) {
                                validate11.errors = [
                                  {
                                    instancePath: instancePath + "/utm_content",
                                    schemaPath: "#/properties/utm_content/type",
                                    keyword: "type",
                                    params: { type: schema7.properties.utm_content.type },
                                    message: "must be string,null",
                                  },
                                ];
                                return false;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.utm_term !== undefined) {
                                let data10 = data.utm_term;
                                const _errs23 = errors;
                                if (typeof data10 !== "string" && data10 !== null) {
                                  validate11.errors = [
                                    {
                                      instancePath: instancePath + "/utm_term",
                                      schemaPath: "#/properties/utm_term/type",
                                      keyword: "type",
                                      params: { type: schema7.properties.utm_term.type },
                                      message: "must be string,null",
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.segment1 !== undefined) {
                                  let data11 = data.segment1;
                                  const _errs25 = errors;
                                  if (typeof data11 !== "string" && data11 !== null) {
                                    validate11.errors = [
                                      {
                                        instancePath: instancePath + "/segment1",
                                        schemaPath: "#/properties/segment1/type",
                                        keyword: "type",
                                        params: { type: schema7.properties.segment1.type },
                                        message: "must be string,null",
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid0 = _errs25 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.segment2 !== undefined) {
                                    let data12 = data.segment2;
                                    const _errs27 = errors;
                                    if (typeof data12 !== "string" && data12 !== null) {
                                      validate11.errors = [
                                        {
                                          instancePath: instancePath + "/segment2",
                                          schemaPath: "#/properties/segment2/type",
                                          keyword: "type",
                                          params: { type: schema7.properties.segment2.type },
                                          message: "must be string,null",
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid0 = _errs27 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.segment3 !== undefined) {
                                      let data13 = data.segment3;
                                      const _errs29 = errors;
                                      if (typeof data13 !== "string" && data13 !== null) {
                                        validate11.errors = [
                                          {
                                            instancePath: instancePath + "/segment3",
                                            schemaPath: "#/properties/segment3/type",
                                            keyword: "type",
                                            params: { type: schema7.properties.segment3.type },
                                            message: "must be string,null",
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid0 = _errs29 === errors;
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
        validate11.errors = [
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
    validate11.errors = vErrors;
    return errors === 0;
  }
  const schema9 = {
    type: "string",
    pattern:
      "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$",
  };
  const pattern0 = new RegExp(
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$",
    "u",
  );
  function validate18(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (typeof data === "string") {
        if (!pattern0.test(data)) {
          validate18.errors = [
            {
              instancePath,
              schemaPath: "#/pattern",
              keyword: "pattern",
              params: {
                pattern:
                  "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$",
              },
              message:
                'must match pattern "' +
                "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$" +
                '"',
            },
          ];
          return false;
        }
      } else {
        validate18.errors = [
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
    validate18.errors = vErrors;
    return errors === 0;
  }
  const schema10 = { type: ["string", "number", "null"], pattern: "^-?[0-9]+(\\.[0-9]+)?$" };
  const pattern1 = new RegExp("^-?[0-9]+(\\.[0-9]+)?$", "u");
  function validate20(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && !(typeof data == "number") && data !== null) {
      validate20.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema10.type },
          message: "must be string,number,null",
        },
      ];
      return false;
    }
    if (errors === 0) {
      if (typeof data === "string") {
        if (!pattern1.test(data)) {
          validate20.errors = [
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
    validate20.errors = vErrors;
    return errors === 0;
  }
  function validate10(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate11(data, noPathContext)) {
      const failed = prefixedErrors(validate11.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.type === undefined && (missing0 = "type")) {
          validate10.errors = [
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
              validate10.errors = [
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
              validate10.errors = [
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
              if (!validate3(data.order_number, noPathContext)) {
                const failed = prefixedErrors(validate3.errors, instancePath + "/order_number");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.order_date !== undefined) {
                let data2 = data.order_date;
                const _errs5 = errors;
                const _errs7 = errors;
                let valid3 = true;
                const _errs8 = errors;
                if (data2 !== null) {
                  errors++;
                }
                var _valid0 = _errs8 === errors;
                errors = _errs7;
                if (vErrors !== null) {
                  if (_errs7) {
                    vErrors.length = _errs7;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid0) {
                  const _errs10 = errors;
                  if (!validate18(data2, noPathContext)) {
                    const failed = prefixedErrors(validate18.errors, instancePath + "/order_date");
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var _valid0 = _errs10 === errors;
                  valid3 = _valid0;
                }
                if (!valid3) {
                  const err1 = {
                    instancePath: instancePath + "/order_date",
                    schemaPath: "#/properties/order_date/allOf/0/if",
                    keyword: "if",
                    params: { failingKeyword: "else" },
                    message: 'must match "else" schema',
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate10.errors = vErrors;
                  return false;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.subtotal !== undefined) {
                  const _errs11 = errors;
                  if (!validate20(data.subtotal, noPathContext)) {
                    const failed = prefixedErrors(validate20.errors, instancePath + "/subtotal");
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var valid1 = _errs11 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.currency_iso_code !== undefined) {
                    let data4 = data.currency_iso_code;
                    const _errs12 = errors;
                    if (typeof data4 !== "string" && data4 !== null) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + "/currency_iso_code",
                          schemaPath: "#/properties/currency_iso_code/type",
                          keyword: "type",
                          params: { type: schema6.properties.currency_iso_code.type },
                          message: "must be string,null",
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs12 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.coupon_code !== undefined) {
                      let data5 = data.coupon_code;
                      const _errs14 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + "/coupon_code",
                            schemaPath: "#/properties/coupon_code/type",
                            keyword: "type",
                            params: { type: schema6.properties.coupon_code.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs14 === errors;
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
        validate10.errors = [
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
    validate10.errors = vErrors;
    return errors === 0;
  }
  const schema11 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: { type: { type: "string", const: "AffiliateMember" } },
  };
  function validate23(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate11(data, noPathContext)) {
      const failed = prefixedErrors(validate11.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.type === undefined && (missing0 = "type")) {
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
          if (data.type !== undefined) {
            let data0 = data.type;
            if (typeof data0 !== "string") {
              validate23.errors = [
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
              validate23.errors = [
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
  const schema12 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: {
      type: { type: "string", const: "Event" },
      event_category: { type: "string" },
      event_number: { $ref: "#/components/schemas/Identifier" },
      order_date: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
      subtotal: { $ref: "#/components/schemas/Amount" },
      currency_iso_code: { type: ["string", "null"] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  function validate26(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate11(data, noPathContext)) {
      const failed = prefixedErrors(validate11.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.type === undefined && (missing0 = "type")) {
          validate26.errors = [
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
              validate26.errors = [
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
              validate26.errors = [
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
                validate26.errors = [
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
                if (!validate3(data.event_number, noPathContext)) {
                  const failed = prefixedErrors(validate3.errors, instancePath + "/event_number");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid1 = _errs6 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.order_date !== undefined) {
                  let data3 = data.order_date;
                  const _errs7 = errors;
                  const _errs9 = errors;
                  let valid3 = true;
                  const _errs10 = errors;
                  if (data3 !== null) {
                    errors++;
                  }
                  var _valid0 = _errs10 === errors;
                  errors = _errs9;
                  if (vErrors !== null) {
                    if (_errs9) {
                      vErrors.length = _errs9;
                    } else {
                      vErrors = null;
                    }
                  }
                  if (!_valid0) {
                    const _errs12 = errors;
                    if (!validate18(data3, noPathContext)) {
                      const failed = prefixedErrors(
                        validate18.errors,
                        instancePath + "/order_date",
                      );
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var _valid0 = _errs12 === errors;
                    valid3 = _valid0;
                  }
                  if (!valid3) {
                    const err1 = {
                      instancePath: instancePath + "/order_date",
                      schemaPath: "#/properties/order_date/allOf/0/if",
                      keyword: "if",
                      params: { failingKeyword: "else" },
                      message: 'must match "else" schema',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                    validate26.errors = vErrors;
                    return false;
                  }
                  var valid1 = _errs7 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.subtotal !== undefined) {
                    const _errs13 = errors;
                    if (!validate20(data.subtotal, noPathContext)) {
                      const failed = prefixedErrors(validate20.errors, instancePath + "/subtotal");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid1 = _errs13 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.currency_iso_code !== undefined) {
                      let data5 = data.currency_iso_code;
                      const _errs14 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate26.errors = [
                          {
                            instancePath: instancePath + "/currency_iso_code",
                            schemaPath: "#/properties/currency_iso_code/type",
                            keyword: "type",
                            params: { type: schema12.properties.currency_iso_code.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs14 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.coupon_code !== undefined) {
                        let data6 = data.coupon_code;
                        const _errs16 = errors;
                        if (typeof data6 !== "string" && data6 !== null) {
                          validate26.errors = [
                            {
                              instancePath: instancePath + "/coupon_code",
                              schemaPath: "#/properties/coupon_code/type",
                              keyword: "type",
                              params: { type: schema12.properties.coupon_code.type },
                              message: "must be string,null",
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs16 === errors;
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
        validate26.errors = [
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
    validate26.errors = vErrors;
    return errors === 0;
  }
  function validate9(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
      validate9.errors = [
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
    const _errs2 = errors;
    let valid1 = true;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === undefined && (missing0 = "type")) {
        errors++;
      } else {
        if (data.type !== undefined) {
          if ("Purchase" !== data.type) {
            errors++;
          }
        }
      }
    }
    var _valid0 = _errs3 === errors;
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
    if (_valid0) {
      const _errs5 = errors;
      if (!validate10(data, noPathContext)) {
        const failed = prefixedErrors(validate10.errors, instancePath);
        vErrors = vErrors === null ? failed : vErrors.concat(failed);
        errors += failed.length;
      }
      var _valid0 = _errs5 === errors;
      valid1 = _valid0;
    }
    if (!valid1) {
      const err2 = {
        instancePath,
        schemaPath: "#/allOf/0/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
      validate9.errors = vErrors;
      return false;
    }
    var valid0 = _errs1 === errors;
    if (valid0) {
      const _errs6 = errors;
      const _errs7 = errors;
      let valid3 = true;
      const _errs8 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.type === undefined && (missing1 = "type")) {
          errors++;
        } else {
          if (data.type !== undefined) {
            if ("AffiliateMember" !== data.type) {
              errors++;
            }
          }
        }
      }
      var _valid1 = _errs8 === errors;
      errors = _errs7;
      if (vErrors !== null) {
        if (_errs7) {
          vErrors.length = _errs7;
        } else {
          vErrors = null;
        }
      }
      if (_valid1) {
        const _errs10 = errors;
        if (!validate23(data, noPathContext)) {
          const failed = prefixedErrors(validate23.errors, instancePath);
          vErrors = vErrors === null ? failed : vErrors.concat(failed);
          errors += failed.length;
        }
        var _valid1 = _errs10 === errors;
        valid3 = _valid1;
      }
      if (!valid3) {
        const err5 = {
          instancePath,
          schemaPath: "#/allOf/1/if",
          keyword: "if",
          params: { failingKeyword: "then" },
          message: 'must match "then" schema',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
        validate9.errors = vErrors;
        return false;
      }
      var valid0 = _errs6 === errors;
      if (valid0) {
        const _errs11 = errors;
        const _errs12 = errors;
        let valid5 = true;
        const _errs13 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing2;
          if (data.type === undefined && (missing2 = "type")) {
            errors++;
          } else {
            if (data.type !== undefined) {
              if ("Event" !== data.type) {
                errors++;
              }
            }
          }
        }
        var _valid2 = _errs13 === errors;
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
        if (_valid2) {
          const _errs15 = errors;
          if (!validate26(data, noPathContext)) {
            const failed = prefixedErrors(validate26.errors, instancePath);
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var _valid2 = _errs15 === errors;
          valid5 = _valid2;
        }
        if (!valid5) {
          const err8 = {
            instancePath,
            schemaPath: "#/allOf/2/if",
            keyword: "if",
            params: { failingKeyword: "then" },
            message: 'must match "then" schema',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
          validate9.errors = vErrors;
          return false;
        }
        var valid0 = _errs11 === errors;
        if (valid0) {
          const _errs16 = errors;
          const _errs18 = errors;
          let valid8 = true;
          const _errs19 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing3;
            if (data.type === undefined && (missing3 = "type")) {
              errors++;
            } else {
              if (data.type !== undefined) {
                if ("Purchase" !== data.type) {
                  errors++;
                }
              }
            }
          }
          var _valid3 = _errs19 === errors;
          errors = _errs18;
          if (vErrors !== null) {
            if (_errs18) {
              vErrors.length = _errs18;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid3) {
            const _errs21 = errors;
            if (!validate10(data, noPathContext)) {
              const failed = prefixedErrors(validate10.errors, instancePath);
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var _valid3 = _errs21 === errors;
            valid8 = _valid3;
            ifClause0 = "then";
          } else {
            const _errs22 = errors;
            const _errs23 = errors;
            let valid10 = true;
            const _errs24 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing4;
              if (data.type === undefined && (missing4 = "type")) {
                errors++;
              } else {
                if (data.type !== undefined) {
                  if ("AffiliateMember" !== data.type) {
                    errors++;
                  }
                }
              }
            }
            var _valid4 = _errs24 === errors;
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
            let ifClause1;
            if (_valid4) {
              const _errs26 = errors;
              if (!validate23(data, noPathContext)) {
                const failed = prefixedErrors(validate23.errors, instancePath);
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var _valid4 = _errs26 === errors;
              valid10 = _valid4;
              ifClause1 = "then";
            } else {
              const _errs27 = errors;
              if (!validate26(data, noPathContext)) {
                const failed = prefixedErrors(validate26.errors, instancePath);
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var _valid4 = _errs27 === errors;
              valid10 = _valid4;
              ifClause1 = "else";
            }
            if (!valid10) {
              const err13 = {
                instancePath,
                schemaPath: "#/allOf/3/allOf/0/else/if",
                keyword: "if",
                params: { failingKeyword: ifClause1 },
                message: 'must match "' + ifClause1 + '" schema',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              validate9.errors = vErrors;
              return false;
            }
            var _valid3 = _errs22 === errors;
            valid8 = _valid3;
            ifClause0 = "else";
          }
          if (!valid8) {
            const err14 = {
              instancePath,
              schemaPath: "#/allOf/3/allOf/0/if",
              keyword: "if",
              params: { failingKeyword: ifClause0 },
              message: 'must match "' + ifClause0 + '" schema',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
            validate9.errors = vErrors;
            return false;
          }
          var valid0 = _errs16 === errors;
        }
      }
    }
    validate9.errors = vErrors;
    return errors === 0;
  }
  const schema13 = {
    type: "object",
    required: ["id", "email"],
    properties: {
      id: { $ref: "#/components/schemas/Identifier" },
      email: { type: "string" },
      person: { $ref: "#/components/schemas/Person" },
      amount: { $ref: "#/components/schemas/Amount" },
      incentive: { $ref: "#/components/schemas/IncentiveType" },
      incentive_description: { type: ["string", "null"] },
      reward_coupon_code: { type: ["string", "null"] },
      origin: { $ref: "#/components/schemas/Origin" },
    },
  };
  const schema14 = {
    type: "object",
    required: ["email"],
    properties: {
      email: { type: "string" },
      phone_number: { type: ["string", "null"] },
      first_name: { type: ["string", "null"] },
      last_name: { type: ["string", "null"] },
      username: { type: ["string", "null"] },
      customer_id: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Identifier" } }],
      },
      sub_choice: { type: ["boolean", "null"] },
      subscribed_at: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
      opted_in_at: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
      phone_opted_in_at: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
      unsubscribed_at: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
      custom_properties: { type: "object" },
      is_loyalty_member: { type: "boolean" },
      loyalty_member: { type: ["object", "null"] },
      referral_counts: { $ref: "#/components/schemas/ReferralCounts" },
      gender: { type: ["string", "null"] },
    },
  };
  const schema15 = {
    type: "object",
    required: ["total", "approved", "pending"],
    properties: {
      total: { type: "integer", minimum: 0 },
      approved: { type: "integer", minimum: 0 },
      pending: { type: "integer", minimum: 0 },
    },
  };
  function validate44(
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
          validate44.errors = [
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
              validate44.errors = [
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
                  validate44.errors = [
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
                validate44.errors = [
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
                    validate44.errors = [
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
                  validate44.errors = [
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
                      validate44.errors = [
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
        validate44.errors = [
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
    validate44.errors = vErrors;
    return errors === 0;
  }
  function validate38(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.email === undefined && (missing0 = "email")) {
          validate38.errors = [
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
              validate38.errors = [
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
                validate38.errors = [
                  {
                    instancePath: instancePath + "/phone_number",
                    schemaPath: "#/properties/phone_number/type",
                    keyword: "type",
                    params: { type: schema14.properties.phone_number.type },
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
                  validate38.errors = [
                    {
                      instancePath: instancePath + "/first_name",
                      schemaPath: "#/properties/first_name/type",
                      keyword: "type",
                      params: { type: schema14.properties.first_name.type },
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
                    validate38.errors = [
                      {
                        instancePath: instancePath + "/last_name",
                        schemaPath: "#/properties/last_name/type",
                        keyword: "type",
                        params: { type: schema14.properties.last_name.type },
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
                      validate38.errors = [
                        {
                          instancePath: instancePath + "/username",
                          schemaPath: "#/properties/username/type",
                          keyword: "type",
                          params: { type: schema14.properties.username.type },
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
                      const _errs13 = errors;
                      let valid2 = true;
                      const _errs14 = errors;
                      if (data5 !== null) {
                        errors++;
                      }
                      var _valid0 = _errs14 === errors;
                      errors = _errs13;
                      if (vErrors !== null) {
                        if (_errs13) {
                          vErrors.length = _errs13;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid0) {
                        const _errs16 = errors;
                        if (!validate3(data5, noPathContext)) {
                          const failed = prefixedErrors(
                            validate3.errors,
                            instancePath + "/customer_id",
                          );
                          vErrors = vErrors === null ? failed : vErrors.concat(failed);
                          errors += failed.length;
                        }
                        var _valid0 = _errs16 === errors;
                        valid2 = _valid0;
                      }
                      if (!valid2) {
                        const err1 = {
                          instancePath: instancePath + "/customer_id",
                          schemaPath: "#/properties/customer_id/allOf/0/if",
                          keyword: "if",
                          params: { failingKeyword: "else" },
                          message: 'must match "else" schema',
                        };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                        validate38.errors = vErrors;
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sub_choice !== undefined) {
                        let data6 = data.sub_choice;
                        const _errs17 = errors;
                        if (typeof data6 !== "boolean" && data6 !== null) {
                          validate38.errors = [
                            {
                              instancePath: instancePath + "/sub_choice",
                              schemaPath: "#/properties/sub_choice/type",
                              keyword: "type",
                              params: { type: schema14.properties.sub_choice.type },
                              message: "must be boolean,null",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.subscribed_at !== undefined) {
                          let data7 = data.subscribed_at;
                          const _errs19 = errors;
                          const _errs21 = errors;
                          let valid4 = true;
                          const _errs22 = errors;
                          if (data7 !== null) {
                            errors++;
                          }
                          var _valid1 = _errs22 === errors;
                          errors = _errs21;
                          if (vErrors !== null) {
                            if (_errs21) {
                              vErrors.length = _errs21;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid1) {
                            const _errs24 = errors;
                            if (!validate18(data7, noPathContext)) {
                              const failed = prefixedErrors(
                                validate18.errors,
                                instancePath + "/subscribed_at",
                              );
                              vErrors = vErrors === null ? failed : vErrors.concat(failed);
                              errors += failed.length;
                            }
                            var _valid1 = _errs24 === errors;
                            valid4 = _valid1;
                          }
                          if (!valid4) {
                            const err3 = {
                              instancePath: instancePath + "/subscribed_at",
                              schemaPath: "#/properties/subscribed_at/allOf/0/if",
                              keyword: "if",
                              params: { failingKeyword: "else" },
                              message: 'must match "else" schema',
                            };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                            validate38.errors = vErrors;
                            return false;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.opted_in_at !== undefined) {
                            let data8 = data.opted_in_at;
                            const _errs25 = errors;
                            const _errs27 = errors;
                            let valid6 = true;
                            const _errs28 = errors;
                            if (data8 !== null) {
                              errors++;
                            }
                            var _valid2 = _errs28 === errors;
                            errors = _errs27;
                            if (vErrors !== null) {
                              if (_errs27) {
                                vErrors.length = _errs27;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid2) {
                              const _errs30 = errors;
                              if (!validate18(data8, noPathContext)) {
                                const failed = prefixedErrors(
                                  validate18.errors,
                                  instancePath + "/opted_in_at",
                                );
                                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                                errors += failed.length;
                              }
                              var _valid2 = _errs30 === errors;
                              valid6 = _valid2;
                            }
                            if (!valid6) {
                              const err5 = {
                                instancePath: instancePath + "/opted_in_at",
                                schemaPath: "#/properties/opted_in_at/allOf/0/if",
                                keyword: "if",
                                params: { failingKeyword: "else" },
                                message: 'must match "else" schema',
                              };
                              if (vErrors === null) {
                                vErrors = [err5];
                              } else {
                                vErrors.push(err5);
                              }
                              errors++;
                              validate38.errors = vErrors;
                              return false;
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.phone_opted_in_at !== undefined) {
                              let data9 = data.phone_opted_in_at;
                              const _errs31 = errors;
                              const _errs33 = errors;
                              let valid8 = true;
                              const _errs34 = errors;
                              if (data9 !== null) {
                                errors++;
                              }
                              var _valid3 = _errs34 === errors;
                              errors = _errs33;
                              if (vErrors !== null) {
                                if (_errs33) {
                                  vErrors.length = _errs33;
                                } else {
                                  vErrors = null;
                                }
                              }
                              if (!_valid3) {
                                const _errs36 = errors;
                                if (!validate18(data9, noPathContext)) {
                                  const failed = prefixedErrors(
                                    validate18.errors,
                                    instancePath + "/phone_opted_in_at",
                                  );
                                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                                  errors += failed.length;
                                }
                                var _valid3 = _errs36 === errors;
                                valid8 = _valid3;
                              }
                              if (!valid8) {
                                const err7 = {
                                  instancePath: instancePath + "/phone_opted_in_at",
                                  schemaPath: "#/properties/phone_opted_in_at/allOf/0/if",
                                  keyword: "if",
                                  params: { failingKeyword: "else" },
                                  message: 'must match "else" schema',
                                };
                                if (vErrors === null) {
                                  vErrors = [err7];
                                } else {
                                  vErrors.push(err7);
                                }
                                errors++;
                                validate38.errors = vErrors;
                                return false;
                              }
                              var valid0 = _errs31 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.unsubscribed_at !== undefined) {
                                let data10 = data.unsubscribed_at;
                                const _errs37 = errors;
                                const _errs39 = errors;
                                let valid10 = true;
                                const _errs40 = errors;
                                if (data10 !== null) {
                                  errors++;
                                }
                                var _valid4 = _errs40 === errors;
                                errors = _errs39;
                                if (vErrors !== null) {
                                  if (_errs39) {
                                    vErrors.length = _errs39;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                                if (!_valid4) {
                                  const _errs42 = errors;
                                  if (!validate18(data10, noPathContext)) {
                                    const failed = prefixedErrors(
                                      validate18.errors,
                                      instancePath + "/unsubscribed_at",
                                    );
                                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                                    errors += failed.length;
                                  }
                                  var _valid4 = _errs42 === errors;
                                  valid10 = _valid4;
                                }
                                if (!valid10) {
                                  const err9 = {
                                    instancePath: instancePath + "/unsubscribed_at",
                                    schemaPath: "#/properties/unsubscribed_at/allOf/0/if",
                                    keyword: "if",
                                    params: { failingKeyword: "else" },
                                    message: 'must match "else" schema',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err9];
                                  } else {
                                    vErrors.push(err9);
                                  }
                                  errors++;
                                  validate38.errors = vErrors;
                                  return false;
                                }
                                var valid0 = _errs37 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.custom_properties !== undefined) {
                                  let data11 = data.custom_properties;
                                  const _errs43 = errors;
                                  if (!(
                                    data11 &&
                                    typeof data11 == "object" &&
                                    !Array.isArray(data11)
                                  )) {
                                    validate38.errors = [
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
                                  var valid0 = _errs43 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.is_loyalty_member !== undefined) {
                                    const _errs45 = errors;
                                    if (typeof data.is_loyalty_member !== "boolean") {
                                      validate38.errors = [
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
                                    var valid0 = _errs45 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.loyalty_member !== undefined) {
                                      let data13 = data.loyalty_member;
                                      const _errs47 = errors;
                                      if (
                                        !(
                                          data13 &&
                                          typeof data13 == "object" &&
                                          !Array.isArray(data13)
                                        ) &&
                                        data13 !== null
                                      ) {
                                        validate38.errors = [
                                          {
                                            instancePath: instancePath + "/loyalty_member",
                                            schemaPath: "#/properties/loyalty_member/type",
                                            keyword: "type",
                                            params: {
                                              type: schema14.properties.loyalty_member.type,
                                            },
                                            message: "must be object,null",
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid0 = _errs47 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.referral_counts !== undefined) {
                                        const _errs49 = errors;
                                        if (!validate44(data.referral_counts, noPathContext)) {
                                          const failed = prefixedErrors(
                                            validate44.errors,
                                            instancePath + "/referral_counts",
                                          );
                                          vErrors =
                                            vErrors === null ? failed : vErrors.concat(failed);
                                          errors += failed.length;
                                        }
                                        var valid0 = _errs49 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.gender !== undefined) {
                                          let data15 = data.gender;
                                          const _errs50 = errors;
                                          if (typeof data15 !== "string" && data15 !== null) {
                                            validate38.errors = [
                                              {
                                                instancePath: instancePath + "/gender",
                                                schemaPath: "#/properties/gender/type",
                                                keyword: "type",
                                                params: { type: schema14.properties.gender.type },
                                                message: "must be string,null",
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid0 = _errs50 === errors;
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
        validate38.errors = [
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
    validate38.errors = vErrors;
    return errors === 0;
  }
  const schema16 = { type: "string", enum: ["rebate", "discount_coupon", "other"] };
  function validate48(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate48.errors = [
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
      validate48.errors = [
        {
          instancePath,
          schemaPath: "#/enum",
          keyword: "enum",
          params: { allowedValues: schema16.enum },
          message: "must be equal to one of the allowed values",
        },
      ];
      return false;
    }
    validate48.errors = vErrors;
    return errors === 0;
  }
  function validate36(
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
          validate36.errors = [
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
            const _errs1 = errors;
            if (!validate3(data.id, noPathContext)) {
              const failed = prefixedErrors(validate3.errors, instancePath + "/id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.email !== undefined) {
              const _errs2 = errors;
              if (typeof data.email !== "string") {
                validate36.errors = [
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
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.person !== undefined) {
                const _errs4 = errors;
                if (!validate38(data.person, noPathContext)) {
                  const failed = prefixedErrors(validate38.errors, instancePath + "/person");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.amount !== undefined) {
                  const _errs5 = errors;
                  if (!validate20(data.amount, noPathContext)) {
                    const failed = prefixedErrors(validate20.errors, instancePath + "/amount");
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.incentive !== undefined) {
                    const _errs6 = errors;
                    if (!validate48(data.incentive, noPathContext)) {
                      const failed = prefixedErrors(validate48.errors, instancePath + "/incentive");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.incentive_description !== undefined) {
                      let data5 = data.incentive_description;
                      const _errs7 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate36.errors = [
                          {
                            instancePath: instancePath + "/incentive_description",
                            schemaPath: "#/properties/incentive_description/type",
                            keyword: "type",
                            params: { type: schema13.properties.incentive_description.type },
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
                      if (data.reward_coupon_code !== undefined) {
                        let data6 = data.reward_coupon_code;
                        const _errs9 = errors;
                        if (typeof data6 !== "string" && data6 !== null) {
                          validate36.errors = [
                            {
                              instancePath: instancePath + "/reward_coupon_code",
                              schemaPath: "#/properties/reward_coupon_code/type",
                              keyword: "type",
                              params: { type: schema13.properties.reward_coupon_code.type },
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
                        if (data.origin !== undefined) {
                          const _errs11 = errors;
                          if (!validate9(data.origin, noPathContext)) {
                            const failed = prefixedErrors(
                              validate9.errors,
                              instancePath + "/origin",
                            );
                            vErrors = vErrors === null ? failed : vErrors.concat(failed);
                            errors += failed.length;
                          }
                          var valid0 = _errs11 === errors;
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
        validate36.errors = [
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
    validate36.errors = vErrors;
    return errors === 0;
  }
  const schema17 = { type: "string", allOf: [{ type: "string" }] };
  function validate55(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate55.errors = [
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
    if (typeof data !== "string") {
      validate55.errors = [
        {
          instancePath,
          schemaPath: "#/allOf/0/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    validate55.errors = vErrors;
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
          (data.offer === undefined && (missing0 = "offer"))
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
            if (!validate2(data.campaign, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/campaign");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.offer !== undefined) {
              const _errs2 = errors;
              if (!validate7(data.offer, noPathContext)) {
                const failed = prefixedErrors(validate7.errors, instancePath + "/offer");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.referred_origin !== undefined) {
                const _errs3 = errors;
                if (!validate9(data.referred_origin, noPathContext)) {
                  const failed = prefixedErrors(
                    validate9.errors,
                    instancePath + "/referred_origin",
                  );
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
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
                        if (!validate36(data3[i0], noPathContext)) {
                          const failed = prefixedErrors(
                            validate36.errors,
                            instancePath + "/advocate_rewards/" + i0,
                          );
                          vErrors = vErrors === null ? failed : vErrors.concat(failed);
                          errors += failed.length;
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
                          if (!validate36(data5[i1], noPathContext)) {
                            const failed = prefixedErrors(
                              validate36.errors,
                              instancePath + "/friend_rewards/" + i1,
                            );
                            vErrors = vErrors === null ? failed : vErrors.concat(failed);
                            errors += failed.length;
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
                      if (!validate36(data.referrer, noPathContext)) {
                        const failed = prefixedErrors(
                          validate36.errors,
                          instancePath + "/referrer",
                        );
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.referred !== undefined) {
                        const _errs11 = errors;
                        if (!validate36(data.referred, noPathContext)) {
                          const failed = prefixedErrors(
                            validate36.errors,
                            instancePath + "/referred",
                          );
                          vErrors = vErrors === null ? failed : vErrors.concat(failed);
                          errors += failed.length;
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
                                if (!validate55(data9.channel, noPathContext)) {
                                  const failed = prefixedErrors(
                                    validate55.errors,
                                    instancePath + "/share/channel",
                                  );
                                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                                  errors += failed.length;
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
  const schema18 = {
    type: "object",
    required: ["campaign", "reward"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      reward: { $ref: "#/components/schemas/Reward" },
      person: { allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Person" } }] },
      origin: { allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Origin" } }] },
      advocate_origin: { $ref: "#/components/schemas/Origin" },
      friend_origin: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Origin" } }],
      },
    },
  };
  const schema19 = {
    type: "object",
    required: ["reason"],
    properties: {
      id: { $ref: "#/components/schemas/Identifier" },
      reason: { $ref: "#/components/schemas/RewardReason" },
      status: { $ref: "#/components/schemas/RewardStatus" },
      incentive_type: { $ref: "#/components/schemas/IncentiveType" },
      incentive_identifier: { type: ["string", "null"] },
      incentive_description: { type: ["string", "null"] },
      incentive_custom_description: { type: ["string", "null"] },
      amount: { $ref: "#/components/schemas/Amount" },
      coupon: { allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Coupon" } }] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  const schema20 = { type: "string", allOf: [{ type: "string" }] };
  function validate62(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate62.errors = [
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
    if (typeof data !== "string") {
      validate62.errors = [
        {
          instancePath,
          schemaPath: "#/allOf/0/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    validate62.errors = vErrors;
    return errors === 0;
  }
  const schema21 = { type: "string", allOf: [{ type: "string" }] };
  function validate64(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate64.errors = [
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
    if (typeof data !== "string") {
      validate64.errors = [
        {
          instancePath,
          schemaPath: "#/allOf/0/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    validate64.errors = vErrors;
    return errors === 0;
  }
  const schema22 = {
    type: "object",
    properties: {
      id: { $ref: "#/components/schemas/Identifier" },
      code: { type: "string" },
      active: { type: ["boolean", "null"] },
      amount: { $ref: "#/components/schemas/Amount" },
      percentage_discount: { type: ["boolean", "null"] },
      description: { type: ["string", "null"] },
      single_use: { type: ["boolean", "null"] },
      used: { type: ["boolean", "null"] },
      usages: { type: ["integer", "null"] },
      valid_until: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
      expires_at: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
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
        if (data.id !== undefined) {
          const _errs1 = errors;
          if (!validate3(data.id, noPathContext)) {
            const failed = prefixedErrors(validate3.errors, instancePath + "/id");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.code !== undefined) {
            const _errs2 = errors;
            if (typeof data.code !== "string") {
              validate68.errors = [
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
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.active !== undefined) {
              let data2 = data.active;
              const _errs4 = errors;
              if (typeof data2 !== "boolean" && data2 !== null) {
                validate68.errors = [
                  {
                    instancePath: instancePath + "/active",
                    schemaPath: "#/properties/active/type",
                    keyword: "type",
                    params: { type: schema22.properties.active.type },
                    message: "must be boolean,null",
                  },
                ];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.amount !== undefined) {
                const _errs6 = errors;
                if (!validate20(data.amount, noPathContext)) {
                  const failed = prefixedErrors(validate20.errors, instancePath + "/amount");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.percentage_discount !== undefined) {
                  let data4 = data.percentage_discount;
                  const _errs7 = errors;
                  if (typeof data4 !== "boolean" && data4 !== null) {
                    validate68.errors = [
                      {
                        instancePath: instancePath + "/percentage_discount",
                        schemaPath: "#/properties/percentage_discount/type",
                        keyword: "type",
                        params: { type: schema22.properties.percentage_discount.type },
                        message: "must be boolean,null",
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.description !== undefined) {
                    let data5 = data.description;
                    const _errs9 = errors;
                    if (typeof data5 !== "string" && data5 !== null) {
                      validate68.errors = [
                        {
                          instancePath: instancePath + "/description",
                          schemaPath: "#/properties/description/type",
                          keyword: "type",
                          params: { type: schema22.properties.description.type },
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
                    if (data.single_use !== undefined) {
                      let data6 = data.single_use;
                      const _errs11 = errors;
                      if (typeof data6 !== "boolean" && data6 !== null) {
                        validate68.errors = [
                          {
                            instancePath: instancePath + "/single_use",
                            schemaPath: "#/properties/single_use/type",
                            keyword: "type",
                            params: { type: schema22.properties.single_use.type },
                            message: "must be boolean,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.used !== undefined) {
                        let data7 = data.used;
                        const _errs13 = errors;
                        if (typeof data7 !== "boolean" && data7 !== null) {
                          validate68.errors = [
                            {
                              instancePath: instancePath + "/used",
                              schemaPath: "#/properties/used/type",
                              keyword: "type",
                              params: { type: schema22.properties.used.type },
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
                        if (data.usages !== undefined) {
                          let data8 = data.usages;
                          const _errs15 = errors;
                          if (
                            !(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8)) &&
                            data8 !== null
                          ) {
                            validate68.errors = [
                              {
                                instancePath: instancePath + "/usages",
                                schemaPath: "#/properties/usages/type",
                                keyword: "type",
                                params: { type: schema22.properties.usages.type },
                                message: "must be integer,null",
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.valid_until !== undefined) {
                            let data9 = data.valid_until;
                            const _errs17 = errors;
                            const _errs19 = errors;
                            let valid2 = true;
                            const _errs20 = errors;
                            if (data9 !== null) {
                              errors++;
                            }
                            var _valid0 = _errs20 === errors;
                            errors = _errs19;
                            if (vErrors !== null) {
                              if (_errs19) {
                                vErrors.length = _errs19;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid0) {
                              const _errs22 = errors;
                              if (!validate18(data9, noPathContext)) {
                                const failed = prefixedErrors(
                                  validate18.errors,
                                  instancePath + "/valid_until",
                                );
                                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                                errors += failed.length;
                              }
                              var _valid0 = _errs22 === errors;
                              valid2 = _valid0;
                            }
                            if (!valid2) {
                              const err1 = {
                                instancePath: instancePath + "/valid_until",
                                schemaPath: "#/properties/valid_until/allOf/0/if",
                                keyword: "if",
                                params: { failingKeyword: "else" },
                                message: 'must match "else" schema',
                              };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                              validate68.errors = vErrors;
                              return false;
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.expires_at !== undefined) {
                              let data10 = data.expires_at;
                              const _errs23 = errors;
                              const _errs25 = errors;
                              let valid4 = true;
                              const _errs26 = errors;
                              if (data10 !== null) {
                                errors++;
                              }
                              var _valid1 = _errs26 === errors;
                              errors = _errs25;
                              if (vErrors !== null) {
                                if (_errs25) {
                                  vErrors.length = _errs25;
                                } else {
                                  vErrors = null;
                                }
                              }
                              if (!_valid1) {
                                const _errs28 = errors;
                                if (!validate18(data10, noPathContext)) {
                                  const failed = prefixedErrors(
                                    validate18.errors,
                                    instancePath + "/expires_at",
                                  );
                                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                                  errors += failed.length;
                                }
                                var _valid1 = _errs28 === errors;
                                valid4 = _valid1;
                              }
                              if (!valid4) {
                                const err3 = {
                                  instancePath: instancePath + "/expires_at",
                                  schemaPath: "#/properties/expires_at/allOf/0/if",
                                  keyword: "if",
                                  params: { failingKeyword: "else" },
                                  message: 'must match "else" schema',
                                };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                                validate68.errors = vErrors;
                                return false;
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
  function validate60(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.reason === undefined && (missing0 = "reason")) {
          validate60.errors = [
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
            const _errs1 = errors;
            if (!validate3(data.id, noPathContext)) {
              const failed = prefixedErrors(validate3.errors, instancePath + "/id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.reason !== undefined) {
              const _errs2 = errors;
              if (!validate62(data.reason, noPathContext)) {
                const failed = prefixedErrors(validate62.errors, instancePath + "/reason");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== undefined) {
                const _errs3 = errors;
                if (!validate64(data.status, noPathContext)) {
                  const failed = prefixedErrors(validate64.errors, instancePath + "/status");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.incentive_type !== undefined) {
                  const _errs4 = errors;
                  if (!validate48(data.incentive_type, noPathContext)) {
                    const failed = prefixedErrors(
                      validate48.errors,
                      instancePath + "/incentive_type",
                    );
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.incentive_identifier !== undefined) {
                    let data4 = data.incentive_identifier;
                    const _errs5 = errors;
                    if (typeof data4 !== "string" && data4 !== null) {
                      validate60.errors = [
                        {
                          instancePath: instancePath + "/incentive_identifier",
                          schemaPath: "#/properties/incentive_identifier/type",
                          keyword: "type",
                          params: { type: schema19.properties.incentive_identifier.type },
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
                    if (data.incentive_description !== undefined) {
                      let data5 = data.incentive_description;
                      const _errs7 = errors;
                      if (typeof data5 !== "string" && data5 !== null) {
                        validate60.errors = [
                          {
                            instancePath: instancePath + "/incentive_description",
                            schemaPath: "#/properties/incentive_description/type",
                            keyword: "type",
                            params: { type: schema19.properties.incentive_description.type },
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
                      if (data.incentive_custom_description !== undefined) {
                        let data6 = data.incentive_custom_description;
                        const _errs9 = errors;
                        if (typeof data6 !== "string" && data6 !== null) {
                          validate60.errors = [
                            {
                              instancePath: instancePath + "/incentive_custom_description",
                              schemaPath: "#/properties/incentive_custom_description/type",
                              keyword: "type",
                              params: {
                                type: schema19.properties.incentive_custom_description.type,
                              },
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
                        if (data.amount !== undefined) {
                          const _errs11 = errors;
                          if (!validate20(data.amount, noPathContext)) {
                            const failed = prefixedErrors(
                              validate20.errors,
                              instancePath + "/amount",
                            );
                            vErrors = vErrors === null ? failed : vErrors.concat(failed);
                            errors += failed.length;
                          }
                          var valid0 = _errs11 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.coupon !== undefined) {
                            let data8 = data.coupon;
                            const _errs12 = errors;
                            const _errs14 = errors;
                            let valid2 = true;
                            const _errs15 = errors;
                            if (data8 !== null) {
                              errors++;
                            }
                            var _valid0 = _errs15 === errors;
                            errors = _errs14;
                            if (vErrors !== null) {
                              if (_errs14) {
                                vErrors.length = _errs14;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid0) {
                              const _errs17 = errors;
                              if (!validate68(data8, noPathContext)) {
                                const failed = prefixedErrors(
                                  validate68.errors,
                                  instancePath + "/coupon",
                                );
                                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                                errors += failed.length;
                              }
                              var _valid0 = _errs17 === errors;
                              valid2 = _valid0;
                            }
                            if (!valid2) {
                              const err1 = {
                                instancePath: instancePath + "/coupon",
                                schemaPath: "#/properties/coupon/allOf/0/if",
                                keyword: "if",
                                params: { failingKeyword: "else" },
                                message: 'must match "else" schema',
                              };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                              validate60.errors = vErrors;
                              return false;
                            }
                            var valid0 = _errs12 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.coupon_code !== undefined) {
                              let data9 = data.coupon_code;
                              const _errs18 = errors;
                              if (typeof data9 !== "string" && data9 !== null) {
                                validate60.errors = [
                                  {
                                    instancePath: instancePath + "/coupon_code",
                                    schemaPath: "#/properties/coupon_code/type",
                                    keyword: "type",
                                    params: { type: schema19.properties.coupon_code.type },
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
        validate60.errors = [
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
    validate60.errors = vErrors;
    return errors === 0;
  }
  function validate57(
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
          (data.reward === undefined && (missing0 = "reward"))
        ) {
          validate57.errors = [
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
            if (!validate2(data.campaign, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/campaign");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.offer !== undefined) {
              const _errs2 = errors;
              if (!validate7(data.offer, noPathContext)) {
                const failed = prefixedErrors(validate7.errors, instancePath + "/offer");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.reward !== undefined) {
                const _errs3 = errors;
                if (!validate60(data.reward, noPathContext)) {
                  const failed = prefixedErrors(validate60.errors, instancePath + "/reward");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.person !== undefined) {
                  let data3 = data.person;
                  const _errs4 = errors;
                  const _errs6 = errors;
                  let valid2 = true;
                  const _errs7 = errors;
                  if (data3 !== null) {
                    errors++;
                  }
                  var _valid0 = _errs7 === errors;
                  errors = _errs6;
                  if (vErrors !== null) {
                    if (_errs6) {
                      vErrors.length = _errs6;
                    } else {
                      vErrors = null;
                    }
                  }
                  if (!_valid0) {
                    const _errs9 = errors;
                    if (!validate38(data3, noPathContext)) {
                      const failed = prefixedErrors(validate38.errors, instancePath + "/person");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var _valid0 = _errs9 === errors;
                    valid2 = _valid0;
                  }
                  if (!valid2) {
                    const err1 = {
                      instancePath: instancePath + "/person",
                      schemaPath: "#/properties/person/allOf/0/if",
                      keyword: "if",
                      params: { failingKeyword: "else" },
                      message: 'must match "else" schema',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                    validate57.errors = vErrors;
                    return false;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.origin !== undefined) {
                    let data4 = data.origin;
                    const _errs10 = errors;
                    const _errs12 = errors;
                    let valid4 = true;
                    const _errs13 = errors;
                    if (data4 !== null) {
                      errors++;
                    }
                    var _valid1 = _errs13 === errors;
                    errors = _errs12;
                    if (vErrors !== null) {
                      if (_errs12) {
                        vErrors.length = _errs12;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (!_valid1) {
                      const _errs15 = errors;
                      if (!validate9(data4, noPathContext)) {
                        const failed = prefixedErrors(validate9.errors, instancePath + "/origin");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var _valid1 = _errs15 === errors;
                      valid4 = _valid1;
                    }
                    if (!valid4) {
                      const err3 = {
                        instancePath: instancePath + "/origin",
                        schemaPath: "#/properties/origin/allOf/0/if",
                        keyword: "if",
                        params: { failingKeyword: "else" },
                        message: 'must match "else" schema',
                      };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                      validate57.errors = vErrors;
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.advocate_origin !== undefined) {
                      const _errs16 = errors;
                      if (!validate9(data.advocate_origin, noPathContext)) {
                        const failed = prefixedErrors(
                          validate9.errors,
                          instancePath + "/advocate_origin",
                        );
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.friend_origin !== undefined) {
                        let data6 = data.friend_origin;
                        const _errs17 = errors;
                        const _errs19 = errors;
                        let valid6 = true;
                        const _errs20 = errors;
                        if (data6 !== null) {
                          errors++;
                        }
                        var _valid2 = _errs20 === errors;
                        errors = _errs19;
                        if (vErrors !== null) {
                          if (_errs19) {
                            vErrors.length = _errs19;
                          } else {
                            vErrors = null;
                          }
                        }
                        if (!_valid2) {
                          const _errs22 = errors;
                          if (!validate9(data6, noPathContext)) {
                            const failed = prefixedErrors(
                              validate9.errors,
                              instancePath + "/friend_origin",
                            );
                            vErrors = vErrors === null ? failed : vErrors.concat(failed);
                            errors += failed.length;
                          }
                          var _valid2 = _errs22 === errors;
                          valid6 = _valid2;
                        }
                        if (!valid6) {
                          const err5 = {
                            instancePath: instancePath + "/friend_origin",
                            schemaPath: "#/properties/friend_origin/allOf/0/if",
                            keyword: "if",
                            params: { failingKeyword: "else" },
                            message: 'must match "else" schema',
                          };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                          validate57.errors = vErrors;
                          return false;
                        }
                        var valid0 = _errs17 === errors;
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
        validate57.errors = [
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
    validate57.errors = vErrors;
    return errors === 0;
  }
  const schema23 = {
    type: "object",
    required: ["campaign", "share_type", "share_info", "origin"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      share_type: { $ref: "#/components/schemas/ShareType" },
      share_info: {
        type: "object",
        properties: {
          recipients: { type: "array", items: { type: "string" } },
          facebook_share_post_id: { $ref: "#/components/schemas/Identifier" },
          facebook_share_user_id: { $ref: "#/components/schemas/Identifier" },
        },
      },
      sharer_info: { $ref: "#/components/schemas/Person" },
      share_link: { type: "string" },
      origin: { $ref: "#/components/schemas/Origin" },
    },
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
        if (
          (data.campaign === undefined && (missing0 = "campaign")) ||
          (data.share_type === undefined && (missing0 = "share_type")) ||
          (data.share_info === undefined && (missing0 = "share_info")) ||
          (data.origin === undefined && (missing0 = "origin"))
        ) {
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
          if (data.campaign !== undefined) {
            const _errs1 = errors;
            if (!validate2(data.campaign, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/campaign");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.share_type !== undefined) {
              const _errs2 = errors;
              if (!validate55(data.share_type, noPathContext)) {
                const failed = prefixedErrors(validate55.errors, instancePath + "/share_type");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                              validate79.errors = [
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
                          validate79.errors = [
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
                        if (!validate3(data2.facebook_share_post_id, noPathContext)) {
                          const failed = prefixedErrors(
                            validate3.errors,
                            instancePath + "/share_info/facebook_share_post_id",
                          );
                          vErrors = vErrors === null ? failed : vErrors.concat(failed);
                          errors += failed.length;
                        }
                        var valid1 = _errs9 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data2.facebook_share_user_id !== undefined) {
                          const _errs10 = errors;
                          if (!validate3(data2.facebook_share_user_id, noPathContext)) {
                            const failed = prefixedErrors(
                              validate3.errors,
                              instancePath + "/share_info/facebook_share_user_id",
                            );
                            vErrors = vErrors === null ? failed : vErrors.concat(failed);
                            errors += failed.length;
                          }
                          var valid1 = _errs10 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  } else {
                    validate79.errors = [
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
                  const _errs11 = errors;
                  if (!validate38(data.sharer_info, noPathContext)) {
                    const failed = prefixedErrors(validate38.errors, instancePath + "/sharer_info");
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.share_link !== undefined) {
                    const _errs12 = errors;
                    if (typeof data.share_link !== "string") {
                      validate79.errors = [
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
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.origin !== undefined) {
                      const _errs14 = errors;
                      if (!validate9(data.origin, noPathContext)) {
                        const failed = prefixedErrors(validate9.errors, instancePath + "/origin");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs14 === errors;
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
  const schema24 = {
    type: "object",
    required: ["coupon_code", "coupon_list_id", "discount_amount", "percentage_discount"],
    properties: {
      coupon_code: { type: "string" },
      coupon_list_id: { $ref: "#/components/schemas/Identifier" },
      coupon_list_name: { type: "string" },
      discount_amount: { $ref: "#/components/schemas/Amount" },
      percentage_discount: { type: "boolean" },
      usage_limit: { type: ["integer", "null"] },
      expires_at: {
        allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/Timestamp" } }],
      },
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      coupon_auto_sync_enabled: { type: "boolean" },
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
          (data.coupon_code === undefined && (missing0 = "coupon_code")) ||
          (data.coupon_list_id === undefined && (missing0 = "coupon_list_id")) ||
          (data.discount_amount === undefined && (missing0 = "discount_amount")) ||
          (data.percentage_discount === undefined && (missing0 = "percentage_discount"))
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
          if (data.coupon_code !== undefined) {
            const _errs1 = errors;
            if (typeof data.coupon_code !== "string") {
              validate86.errors = [
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
              const _errs3 = errors;
              if (!validate3(data.coupon_list_id, noPathContext)) {
                const failed = prefixedErrors(validate3.errors, instancePath + "/coupon_list_id");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.coupon_list_name !== undefined) {
                const _errs4 = errors;
                if (typeof data.coupon_list_name !== "string") {
                  validate86.errors = [
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
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.discount_amount !== undefined) {
                  const _errs6 = errors;
                  if (!validate20(data.discount_amount, noPathContext)) {
                    const failed = prefixedErrors(
                      validate20.errors,
                      instancePath + "/discount_amount",
                    );
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.percentage_discount !== undefined) {
                    const _errs7 = errors;
                    if (typeof data.percentage_discount !== "boolean") {
                      validate86.errors = [
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
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.usage_limit !== undefined) {
                      let data5 = data.usage_limit;
                      const _errs9 = errors;
                      if (
                        !(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5)) &&
                        data5 !== null
                      ) {
                        validate86.errors = [
                          {
                            instancePath: instancePath + "/usage_limit",
                            schemaPath: "#/properties/usage_limit/type",
                            keyword: "type",
                            params: { type: schema24.properties.usage_limit.type },
                            message: "must be integer,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.expires_at !== undefined) {
                        let data6 = data.expires_at;
                        const _errs11 = errors;
                        const _errs13 = errors;
                        let valid2 = true;
                        const _errs14 = errors;
                        if (data6 !== null) {
                          errors++;
                        }
                        var _valid0 = _errs14 === errors;
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                        if (!_valid0) {
                          const _errs16 = errors;
                          if (!validate18(data6, noPathContext)) {
                            const failed = prefixedErrors(
                              validate18.errors,
                              instancePath + "/expires_at",
                            );
                            vErrors = vErrors === null ? failed : vErrors.concat(failed);
                            errors += failed.length;
                          }
                          var _valid0 = _errs16 === errors;
                          valid2 = _valid0;
                        }
                        if (!valid2) {
                          const err1 = {
                            instancePath: instancePath + "/expires_at",
                            schemaPath: "#/properties/expires_at/allOf/0/if",
                            keyword: "if",
                            params: { failingKeyword: "else" },
                            message: 'must match "else" schema',
                          };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                          validate86.errors = vErrors;
                          return false;
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.email !== undefined) {
                          let data7 = data.email;
                          const _errs17 = errors;
                          if (typeof data7 !== "string" && data7 !== null) {
                            validate86.errors = [
                              {
                                instancePath: instancePath + "/email",
                                schemaPath: "#/properties/email/type",
                                keyword: "type",
                                params: { type: schema24.properties.email.type },
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
                              validate86.errors = [
                                {
                                  instancePath: instancePath + "/phone_number",
                                  schemaPath: "#/properties/phone_number/type",
                                  keyword: "type",
                                  params: { type: schema24.properties.phone_number.type },
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
                                validate86.errors = [
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
  const schema25 = {
    type: "object",
    required: ["campaign", "offer"],
    allOf: [{ $ref: "#/components/schemas/Person" }],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
    },
  };
  function validate90(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate38(data, noPathContext)) {
      const failed = prefixedErrors(validate38.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.campaign === undefined && (missing0 = "campaign")) ||
          (data.offer === undefined && (missing0 = "offer"))
        ) {
          validate90.errors = [
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
            if (!validate2(data.campaign, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/campaign");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid1 = _errs2 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.offer !== undefined) {
              const _errs3 = errors;
              if (!validate7(data.offer, noPathContext)) {
                const failed = prefixedErrors(validate7.errors, instancePath + "/offer");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid1 = _errs3 === errors;
            } else {
              var valid1 = true;
            }
          }
        }
      } else {
        validate90.errors = [
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
    validate90.errors = vErrors;
    return errors === 0;
  }
  const schema26 = {
    type: "object",
    required: ["campaign", "offer"],
    allOf: [{ $ref: "#/components/schemas/Person" }],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      ip_address: { type: ["string", "null"] },
    },
  };
  function validate94(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate38(data, noPathContext)) {
      const failed = prefixedErrors(validate38.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.campaign === undefined && (missing0 = "campaign")) ||
          (data.offer === undefined && (missing0 = "offer"))
        ) {
          validate94.errors = [
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
            if (!validate2(data.campaign, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/campaign");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid1 = _errs2 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.offer !== undefined) {
              const _errs3 = errors;
              if (!validate7(data.offer, noPathContext)) {
                const failed = prefixedErrors(validate7.errors, instancePath + "/offer");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate94.errors = [
                    {
                      instancePath: instancePath + "/ip_address",
                      schemaPath: "#/properties/ip_address/type",
                      keyword: "type",
                      params: { type: schema26.properties.ip_address.type },
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
        validate94.errors = [
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
    validate94.errors = vErrors;
    return errors === 0;
  }
  const schema27 = {
    type: "object",
    required: ["person"],
    properties: { person: { $ref: "#/components/schemas/Person" } },
  };
  function validate98(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.person === undefined && (missing0 = "person")) {
          validate98.errors = [
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
            if (!validate38(data.person, noPathContext)) {
              const failed = prefixedErrors(validate38.errors, instancePath + "/person");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
          }
        }
      } else {
        validate98.errors = [
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
    validate98.errors = vErrors;
    return errors === 0;
  }
  const schema28 = {
    type: "object",
    required: ["recipient", "email_type"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      recipient: { $ref: "#/components/schemas/Person" },
      email_type: { $ref: "#/components/schemas/EmailType" },
    },
  };
  const schema29 = { type: "string", allOf: [{ type: "string" }] };
  function validate103(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate103.errors = [
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
    if (typeof data !== "string") {
      validate103.errors = [
        {
          instancePath,
          schemaPath: "#/allOf/0/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        },
      ];
      return false;
    }
    validate103.errors = vErrors;
    return errors === 0;
  }
  function validate100(
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
          validate100.errors = [
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
            if (!validate2(data.campaign, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/campaign");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.recipient !== undefined) {
              const _errs2 = errors;
              if (!validate38(data.recipient, noPathContext)) {
                const failed = prefixedErrors(validate38.errors, instancePath + "/recipient");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.email_type !== undefined) {
                const _errs3 = errors;
                if (!validate103(data.email_type, noPathContext)) {
                  const failed = prefixedErrors(validate103.errors, instancePath + "/email_type");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate100.errors = [
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
    validate100.errors = vErrors;
    return errors === 0;
  }
  const schema30 = {
    type: "object",
    required: ["origin", "person"],
    properties: {
      origin: { $ref: "#/components/schemas/Origin" },
      person: { $ref: "#/components/schemas/Person" },
    },
  };
  function validate105(
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
          validate105.errors = [
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
            if (!validate9(data.origin, noPathContext)) {
              const failed = prefixedErrors(validate9.errors, instancePath + "/origin");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.person !== undefined) {
              const _errs2 = errors;
              if (!validate38(data.person, noPathContext)) {
                const failed = prefixedErrors(validate38.errors, instancePath + "/person");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate105.errors = [
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
    validate105.errors = vErrors;
    return errors === 0;
  }
  const schema31 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "referral_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/ReferralPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  const schema32 = { type: "string", minLength: 1 };
  function validate109(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (typeof data === "string") {
        if (data.length < 1) {
          validate109.errors = [
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
        validate109.errors = [
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
    validate109.errors = vErrors;
    return errors === 0;
  }
  const schema33 = { type: "string" };
  function validate111(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate111.errors = [
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
    validate111.errors = vErrors;
    return errors === 0;
  }
  const schema34 = { type: "object" };
  function validate114(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
      validate114.errors = [
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
    validate114.errors = vErrors;
    return errors === 0;
  }
  function validate108(
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
          validate108.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate108.errors = [
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
                  validate108.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate108.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate1(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate1.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate108.errors = [
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
    validate108.errors = vErrors;
    return errors === 0;
  }
  const schema35 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "reward_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/RewardPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate116(
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
          validate116.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate116.errors = [
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
                  validate116.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate116.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate57(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate57.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate116.errors = [
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
    validate116.errors = vErrors;
    return errors === 0;
  }
  const schema36 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "post_share_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/PostSharePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate121(
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
          validate121.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate121.errors = [
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
                  validate121.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate121.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate79(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate79.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate121.errors = [
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
    validate121.errors = vErrors;
    return errors === 0;
  }
  const schema37 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "create_coupon_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/CreateCouponPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate126(
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
          validate126.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate126.errors = [
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
                  validate126.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate126.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate86(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate86.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate126.errors = [
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
    validate126.errors = vErrors;
    return errors === 0;
  }
  const schema38 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "offer_signup_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/OfferSignupPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate131(
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
          validate131.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate131.errors = [
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
                  validate131.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate131.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate90(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate90.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate131.errors = [
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
    validate131.errors = vErrors;
    return errors === 0;
  }
  const schema39 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "claim_signup_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/ClaimSignupPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate136(
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
          validate136.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate136.errors = [
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
                  validate136.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate136.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate94(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate94.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate136.errors = [
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
    validate136.errors = vErrors;
    return errors === 0;
  }
  const schema40 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "unsubscribe_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/UnsubscribePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate141(
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
          validate141.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate141.errors = [
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
                  validate141.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate141.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate98(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate98.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate141.errors = [
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
    validate141.errors = vErrors;
    return errors === 0;
  }
  const schema41 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "check_unsubscribe_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/CheckUnsubscribePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate146(
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
          validate146.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate146.errors = [
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
                  validate146.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate146.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate100(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate100.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate146.errors = [
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
    validate146.errors = vErrors;
    return errors === 0;
  }
  const schema42 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "event_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/EventPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate151(
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
          validate151.errors = [
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
            if (!validate109(data.key, noPathContext)) {
              const failed = prefixedErrors(validate109.errors, instancePath + "/key");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.site !== undefined) {
              const _errs2 = errors;
              if (!validate111(data.site, noPathContext)) {
                const failed = prefixedErrors(validate111.errors, instancePath + "/site");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
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
                  validate151.errors = [
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
                  validate151.errors = [
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
                if (data.test !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.test !== "string") {
                    validate151.errors = [
                      {
                        instancePath: instancePath + "/test",
                        schemaPath: "#/properties/test/type",
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
                  if (data.payload !== undefined) {
                    const _errs7 = errors;
                    if (!validate105(data.payload, noPathContext)) {
                      const failed = prefixedErrors(validate105.errors, instancePath + "/payload");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.extras !== undefined) {
                      const _errs8 = errors;
                      if (!validate114(data.extras, noPathContext)) {
                        const failed = prefixedErrors(validate114.errors, instancePath + "/extras");
                        vErrors = vErrors === null ? failed : vErrors.concat(failed);
                        errors += failed.length;
                      }
                      var valid0 = _errs8 === errors;
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
        validate151.errors = [
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
    validate151.errors = vErrors;
    return errors === 0;
  }
  const schema43 = {
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
  function validate156(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === undefined && (missing0 = "result")) {
          validate156.errors = [
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
                  validate156.errors = [
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
                      validate156.errors = [
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
                validate156.errors = [
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
        validate156.errors = [
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
    validate156.errors = vErrors;
    return errors === 0;
  }
  return {
    v_referral_web_hook_payload: validate1,
    v_reward_web_hook_payload: validate57,
    v_post_share_web_hook_payload: validate79,
    v_create_coupon_web_hook_payload: validate86,
    v_offer_signup_web_hook_payload: validate90,
    v_claim_signup_web_hook_payload: validate94,
    v_unsubscribe_web_hook_payload: validate98,
    v_check_unsubscribe_web_hook_payload: validate100,
    v_event_web_hook_payload: validate105,
    v_referral_web_hook_body: validate108,
    v_reward_web_hook_body: validate116,
    v_post_share_web_hook_body: validate121,
    v_create_coupon_web_hook_body: validate126,
    v_offer_signup_web_hook_body: validate131,
    v_claim_signup_web_hook_body: validate136,
    v_unsubscribe_web_hook_body: validate141,
    v_check_unsubscribe_web_hook_body: validate146,
    v_event_web_hook_body: validate151,
    v_check_unsubscribe_web_hook_answer: validate156,
  };
})();
export const full = (() => {
  const schema1 = {
    type: "object",
    required: ["campaign", "offer"],
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
      id: { $ref: "#/components/schemas/Identifier" },
      cached_slug: { $ref: "#/components/schemas/Identifier" },
      type: { type: "string", enum: ["StandaloneCampaign", "DoubleSidedDealCampaign"] },
      tag_names: { type: "array", items: { type: "string" } },
      joinable_category_names: { type: "array", items: { type: "string" } },
      new_customer: { type: ["boolean", "null"] },
      origin_min_age: { type: ["integer", "null"] },
      origin_max_age: { type: ["integer", "null"] },
    },
  };
  const schema3 = { type: ["integer", "string"] };
  function validate3(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data)) && typeof data !== "string") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema3.type },
        message: "must be integer,string",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate3.errors = vErrors;
    return errors === 0;
  }
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
        if (
          !validate3(data.id, {
            instancePath: instancePath + "/id",
            parentData: data,
            parentDataProperty: "id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.cached_slug !== undefined) {
        if (
          !validate3(data.cached_slug, {
            instancePath: instancePath + "/cached_slug",
            parentData: data,
            parentDataProperty: "cached_slug",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
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
        if (!(data2 === "StandaloneCampaign" || data2 === "DoubleSidedDealCampaign")) {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/enum",
            keyword: "enum",
            params: { allowedValues: schema2.properties.type.enum },
            message: "must be equal to one of the allowed values",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
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
              const err3 = {
                instancePath: instancePath + "/tag_names/" + i0,
                schemaPath: "#/properties/tag_names/items/type",
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
        } else {
          const err4 = {
            instancePath: instancePath + "/tag_names",
            schemaPath: "#/properties/tag_names/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
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
              const err5 = {
                instancePath: instancePath + "/joinable_category_names/" + i1,
                schemaPath: "#/properties/joinable_category_names/items/type",
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
            instancePath: instancePath + "/joinable_category_names",
            schemaPath: "#/properties/joinable_category_names/type",
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
      if (data.new_customer !== undefined) {
        let data7 = data.new_customer;
        if (typeof data7 !== "boolean" && data7 !== null) {
          const err7 = {
            instancePath: instancePath + "/new_customer",
            schemaPath: "#/properties/new_customer/type",
            keyword: "type",
            params: { type: schema2.properties.new_customer.type },
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
      if (data.origin_min_age !== undefined) {
        let data8 = data.origin_min_age;
        if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8)) && data8 !== null) {
          const err8 = {
            instancePath: instancePath + "/origin_min_age",
            schemaPath: "#/properties/origin_min_age/type",
            keyword: "type",
            params: { type: schema2.properties.origin_min_age.type },
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
      if (data.origin_max_age !== undefined) {
        let data9 = data.origin_max_age;
        if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9)) && data9 !== null) {
          const err9 = {
            instancePath: instancePath + "/origin_max_age",
            schemaPath: "#/properties/origin_max_age/type",
            keyword: "type",
            params: { type: schema2.properties.origin_max_age.type },
            message: "must be integer,null",
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
    validate2.errors = vErrors;
    return errors === 0;
  }
  const schema4 = {
    type: "object",
    required: ["short_url_code"],
    properties: {
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      short_url_code: { type: "string" },
      ip_address: { type: ["string", "null"] },
    },
  };
  function validate7(
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
            params: { type: schema4.properties.email.type },
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
            params: { type: schema4.properties.phone_number.type },
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
            params: { type: schema4.properties.ip_address.type },
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
    validate7.errors = vErrors;
    return errors === 0;
  }
  const schema5 = {
    type: "object",
    allOf: [
      {
        if: { required: ["type"], properties: { type: { const: "Purchase" } } },
        then: { $ref: "#/components/schemas/PurchaseOrigin" },
      },
      {
        if: { required: ["type"], properties: { type: { const: "AffiliateMember" } } },
        then: { $ref: "#/components/schemas/AffiliateMemberOrigin" },
      },
      {
        if: { required: ["type"], properties: { type: { const: "Event" } } },
        then: { $ref: "#/components/schemas/EventOrigin" },
      },
      {
        oneOf: [
          { $ref: "#/components/schemas/PurchaseOrigin" },
          { $ref: "#/components/schemas/AffiliateMemberOrigin" },
          { $ref: "#/components/schemas/EventOrigin" },
        ],
      },
    ],
  };
  const schema6 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: {
      type: { type: "string", const: "Purchase" },
      order_number: { $ref: "#/components/schemas/Identifier" },
      order_date: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      subtotal: { $ref: "#/components/schemas/Amount" },
      currency_iso_code: { type: ["string", "null"] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  const schema7 = {
    type: "object",
    required: ["id"],
    properties: {
      id: { $ref: "#/components/schemas/Identifier" },
      email: { type: ["string", "null"] },
      phone_number: { type: ["string", "null"] },
      customer_id: { oneOf: [{ $ref: "#/components/schemas/Identifier" }, { type: "null" }] },
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
  const schema8 = {
    type: "string",
    anyOf: [
      { type: "string", enum: ["post-checkout", "post-event", "unknown"] },
      { type: "string" },
    ],
  };
  function validate14(
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
        params: { allowedValues: schema8.anyOf[0].enum },
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
    validate14.errors = vErrors;
    return errors === 0;
  }
  function validate11(
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
        if (
          !validate3(data.id, {
            instancePath: instancePath + "/id",
            parentData: data,
            parentDataProperty: "id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.email !== undefined) {
        let data1 = data.email;
        if (typeof data1 !== "string" && data1 !== null) {
          const err1 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/type",
            keyword: "type",
            params: { type: schema7.properties.email.type },
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
        let data2 = data.phone_number;
        if (typeof data2 !== "string" && data2 !== null) {
          const err2 = {
            instancePath: instancePath + "/phone_number",
            schemaPath: "#/properties/phone_number/type",
            keyword: "type",
            params: { type: schema7.properties.phone_number.type },
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
      if (data.customer_id !== undefined) {
        let data3 = data.customer_id;
        const _errs7 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs8 = errors;
        if (
          !validate3(data3, {
            instancePath: instancePath + "/customer_id",
            parentData: data,
            parentDataProperty: "customer_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs8 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs9 = errors;
        if (data3 !== null) {
          const err3 = {
            instancePath: instancePath + "/customer_id",
            schemaPath: "#/properties/customer_id/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
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
          const err4 = {
            instancePath: instancePath + "/customer_id",
            schemaPath: "#/properties/customer_id/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
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
      if (data.traffic_source !== undefined) {
        if (
          !validate14(data.traffic_source, {
            instancePath: instancePath + "/traffic_source",
            parentData: data,
            parentDataProperty: "traffic_source",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
            params: { type: schema7.properties.ip_address.type },
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
            params: { type: schema7.properties.utm_source.type },
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
            params: { type: schema7.properties.utm_medium.type },
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
            params: { type: schema7.properties.utm_campaign.type },
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
            params: { type: schema7.properties.utm_content.type },
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
            params: { type: schema7.properties.utm_term.type },
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
            params: { type: schema7.properties.segment1.type },
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
            params: { type: schema7.properties.segment2.type },
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
            params: { type: schema7.properties.segment3.type },
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
    validate11.errors = vErrors;
    return errors === 0;
  }
  const schema9 = {
    type: "string",
    pattern:
      "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$",
  };
  const pattern0 = new RegExp(
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$",
    "u",
  );
  function validate18(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        const err0 = {
          instancePath,
          schemaPath: "#/pattern",
          keyword: "pattern",
          params: {
            pattern:
              "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$",
          },
          message:
            'must match pattern "' +
            "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])$" +
            '"',
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
    validate18.errors = vErrors;
    return errors === 0;
  }
  const schema10 = { type: ["string", "number", "null"], pattern: "^-?[0-9]+(\\.[0-9]+)?$" };
  const pattern1 = new RegExp("^-?[0-9]+(\\.[0-9]+)?$", "u");
  function validate20(
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
        params: { type: schema10.type },
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
      if (!pattern1.test(data)) {
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
    validate20.errors = vErrors;
    return errors === 0;
  }
  function validate10(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
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
        if (
          !validate3(data.order_number, {
            instancePath: instancePath + "/order_number",
            parentData: data,
            parentDataProperty: "order_number",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.order_date !== undefined) {
        let data2 = data.order_date;
        const _errs6 = errors;
        let valid2 = false;
        let passing0 = null;
        const _errs7 = errors;
        if (
          !validate18(data2, {
            instancePath: instancePath + "/order_date",
            parentData: data,
            parentDataProperty: "order_date",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs7 === errors;
        if (_valid0) {
          valid2 = true;
          passing0 = 0;
        }
        const _errs8 = errors;
        if (data2 !== null) {
          const err3 = {
            instancePath: instancePath + "/order_date",
            schemaPath: "#/properties/order_date/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid0 = _errs8 === errors;
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
          const err4 = {
            instancePath: instancePath + "/order_date",
            schemaPath: "#/properties/order_date/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        } else {
          errors = _errs6;
          if (vErrors !== null) {
            if (_errs6) {
              vErrors.length = _errs6;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.subtotal !== undefined) {
        if (
          !validate20(data.subtotal, {
            instancePath: instancePath + "/subtotal",
            parentData: data,
            parentDataProperty: "subtotal",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
          errors = vErrors.length;
        }
      }
      if (data.currency_iso_code !== undefined) {
        let data4 = data.currency_iso_code;
        if (typeof data4 !== "string" && data4 !== null) {
          const err5 = {
            instancePath: instancePath + "/currency_iso_code",
            schemaPath: "#/properties/currency_iso_code/type",
            keyword: "type",
            params: { type: schema6.properties.currency_iso_code.type },
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
      if (data.coupon_code !== undefined) {
        let data5 = data.coupon_code;
        if (typeof data5 !== "string" && data5 !== null) {
          const err6 = {
            instancePath: instancePath + "/coupon_code",
            schemaPath: "#/properties/coupon_code/type",
            keyword: "type",
            params: { type: schema6.properties.coupon_code.type },
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
    } else {
      const err7 = {
        instancePath,
        schemaPath: "#/type",
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
    validate10.errors = vErrors;
    return errors === 0;
  }
  const schema11 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: { type: { type: "string", const: "AffiliateMember" } },
  };
  function validate23(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
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
    validate23.errors = vErrors;
    return errors === 0;
  }
  const schema12 = {
    type: "object",
    required: ["type"],
    allOf: [{ $ref: "#/components/schemas/OriginBase" }],
    properties: {
      type: { type: "string", const: "Event" },
      event_category: { type: "string" },
      event_number: { $ref: "#/components/schemas/Identifier" },
      order_date: { oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }] },
      subtotal: { $ref: "#/components/schemas/Amount" },
      currency_iso_code: { type: ["string", "null"] },
      coupon_code: { type: ["string", "null"] },
    },
  };
  function validate26(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
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
        if (
          !validate3(data.event_number, {
            instancePath: instancePath + "/event_number",
            parentData: data,
            parentDataProperty: "event_number",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.order_date !== undefined) {
        let data3 = data.order_date;
        const _errs8 = errors;
        let valid2 = false;
        let passing0 = null;
        const _errs9 = errors;
        if (
          !validate18(data3, {
            instancePath: instancePath + "/order_date",
            parentData: data,
            parentDataProperty: "order_date",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs9 === errors;
        if (_valid0) {
          valid2 = true;
          passing0 = 0;
        }
        const _errs10 = errors;
        if (data3 !== null) {
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
        var _valid0 = _errs10 === errors;
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
          errors = _errs8;
          if (vErrors !== null) {
            if (_errs8) {
              vErrors.length = _errs8;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.subtotal !== undefined) {
        if (
          !validate20(data.subtotal, {
            instancePath: instancePath + "/subtotal",
            parentData: data,
            parentDataProperty: "subtotal",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
          errors = vErrors.length;
        }
      }
      if (data.currency_iso_code !== undefined) {
        let data5 = data.currency_iso_code;
        if (typeof data5 !== "string" && data5 !== null) {
          const err6 = {
            instancePath: instancePath + "/currency_iso_code",
            schemaPath: "#/properties/currency_iso_code/type",
            keyword: "type",
            params: { type: schema12.properties.currency_iso_code.type },
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
      if (data.coupon_code !== undefined) {
        let data6 = data.coupon_code;
        if (typeof data6 !== "string" && data6 !== null) {
          const err7 = {
            instancePath: instancePath + "/coupon_code",
            schemaPath: "#/properties/coupon_code/type",
            keyword: "type",
            params: { type: schema12.properties.coupon_code.type },
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
    validate26.errors = vErrors;
    return errors === 0;
  }
  function validate9(
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
    const _errs2 = errors;
    let valid1 = true;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === undefined && (missing0 = "type")) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        if (data.type !== undefined) {
          if ("Purchase" !== data.type) {
            const err2 = {};
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      }
    }
    var _valid0 = _errs3 === errors;
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
    if (_valid0) {
      const _errs5 = errors;
      if (!validate10(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs5 === errors;
      valid1 = _valid0;
    }
    if (!valid1) {
      const err3 = {
        instancePath,
        schemaPath: "#/allOf/0/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.type === undefined && (missing1 = "type")) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        if (data.type !== undefined) {
          if ("AffiliateMember" !== data.type) {
            const err5 = {};
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs10 = errors;
      if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
    }
    if (!valid3) {
      const err6 = {
        instancePath,
        schemaPath: "#/allOf/1/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    const _errs12 = errors;
    let valid5 = true;
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.type === undefined && (missing2 = "type")) {
        const err7 = {};
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        if (data.type !== undefined) {
          if ("Event" !== data.type) {
            const err8 = {};
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    var _valid2 = _errs13 === errors;
    errors = _errs12;
    if (vErrors !== null) {
      if (_errs12) {
        vErrors.length = _errs12;
      } else {
        vErrors = null;
      }
    }
    if (_valid2) {
      const _errs15 = errors;
      if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs15 === errors;
      valid5 = _valid2;
    }
    if (!valid5) {
      const err9 = {
        instancePath,
        schemaPath: "#/allOf/2/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    const _errs17 = errors;
    let valid7 = false;
    let passing0 = null;
    const _errs18 = errors;
    if (!validate10(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
      errors = vErrors.length;
    }
    var _valid3 = _errs18 === errors;
    if (_valid3) {
      valid7 = true;
      passing0 = 0;
    }
    const _errs19 = errors;
    if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
      errors = vErrors.length;
    }
    var _valid3 = _errs19 === errors;
    if (_valid3 && valid7) {
      valid7 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid3) {
        valid7 = true;
        passing0 = 1;
      }
      const _errs20 = errors;
      if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs20 === errors;
      if (_valid3 && valid7) {
        valid7 = false;
        passing0 = [passing0, 2];
      } else {
        if (_valid3) {
          valid7 = true;
          passing0 = 2;
        }
      }
    }
    if (!valid7) {
      const err10 = {
        instancePath,
        schemaPath: "#/allOf/3/oneOf",
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
      errors = _errs17;
      if (vErrors !== null) {
        if (_errs17) {
          vErrors.length = _errs17;
        } else {
          vErrors = null;
        }
      }
    }
    validate9.errors = vErrors;
    return errors === 0;
  }
  const schema13 = {
    type: "object",
    required: ["id", "email"],
    properties: {
      id: { $ref: "#/components/schemas/Identifier" },
      email: { type: "string" },
      person: { $ref: "#/components/schemas/Person" },
      amount: { $ref: "#/components/schemas/Amount" },
      incentive: { $ref: "#/components/schemas/IncentiveType" },
      incentive_description: { type: ["string", "null"] },
      reward_coupon_code: { type: ["string", "null"] },
      origin: { $ref: "#/components/schemas/Origin" },
    },
  };
  const schema14 = {
    type: "object",
    required: ["email"],
    properties: {
      email: { type: "string" },
      phone_number: { type: ["string", "null"] },
      first_name: { type: ["string", "null"] },
      last_name: { type: ["string", "null"] },
      username: { type: ["string", "null"] },
      customer_id: { oneOf: [{ $ref: "#/components/schemas/Identifier" }, { type: "null" }] },
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
  const schema15 = {
    type: "object",
    required: ["total", "approved", "pending"],
    properties: {
      total: { type: "integer", minimum: 0 },
      approved: { type: "integer", minimum: 0 },
      pending: { type: "integer", minimum: 0 },
    },
  };
  function validate44(
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
    validate44.errors = vErrors;
    return errors === 0;
  }
  function validate38(
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
            params: { type: schema14.properties.phone_number.type },
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
            params: { type: schema14.properties.first_name.type },
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
            params: { type: schema14.properties.last_name.type },
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
            params: { type: schema14.properties.username.type },
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
        const _errs12 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs13 = errors;
        if (
          !validate3(data5, {
            instancePath: instancePath + "/customer_id",
            parentData: data,
            parentDataProperty: "customer_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs13 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs14 = errors;
        if (data5 !== null) {
          const err6 = {
            instancePath: instancePath + "/customer_id",
            schemaPath: "#/properties/customer_id/oneOf/1/type",
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
        var _valid0 = _errs14 === errors;
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
            instancePath: instancePath + "/customer_id",
            schemaPath: "#/properties/customer_id/oneOf",
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
          errors = _errs12;
          if (vErrors !== null) {
            if (_errs12) {
              vErrors.length = _errs12;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.sub_choice !== undefined) {
        let data6 = data.sub_choice;
        if (typeof data6 !== "boolean" && data6 !== null) {
          const err8 = {
            instancePath: instancePath + "/sub_choice",
            schemaPath: "#/properties/sub_choice/type",
            keyword: "type",
            params: { type: schema14.properties.sub_choice.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.subscribed_at !== undefined) {
        let data7 = data.subscribed_at;
        const _errs19 = errors;
        let valid2 = false;
        let passing1 = null;
        const _errs20 = errors;
        if (
          !validate18(data7, {
            instancePath: instancePath + "/subscribed_at",
            parentData: data,
            parentDataProperty: "subscribed_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid1 = _errs20 === errors;
        if (_valid1) {
          valid2 = true;
          passing1 = 0;
        }
        const _errs21 = errors;
        if (data7 !== null) {
          const err9 = {
            instancePath: instancePath + "/subscribed_at",
            schemaPath: "#/properties/subscribed_at/oneOf/1/type",
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
        var _valid1 = _errs21 === errors;
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
          const err10 = {
            instancePath: instancePath + "/subscribed_at",
            schemaPath: "#/properties/subscribed_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing1 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
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
      if (data.opted_in_at !== undefined) {
        let data8 = data.opted_in_at;
        const _errs24 = errors;
        let valid3 = false;
        let passing2 = null;
        const _errs25 = errors;
        if (
          !validate18(data8, {
            instancePath: instancePath + "/opted_in_at",
            parentData: data,
            parentDataProperty: "opted_in_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid2 = _errs25 === errors;
        if (_valid2) {
          valid3 = true;
          passing2 = 0;
        }
        const _errs26 = errors;
        if (data8 !== null) {
          const err11 = {
            instancePath: instancePath + "/opted_in_at",
            schemaPath: "#/properties/opted_in_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var _valid2 = _errs26 === errors;
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
          const err12 = {
            instancePath: instancePath + "/opted_in_at",
            schemaPath: "#/properties/opted_in_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing2 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
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
      if (data.phone_opted_in_at !== undefined) {
        let data9 = data.phone_opted_in_at;
        const _errs29 = errors;
        let valid4 = false;
        let passing3 = null;
        const _errs30 = errors;
        if (
          !validate18(data9, {
            instancePath: instancePath + "/phone_opted_in_at",
            parentData: data,
            parentDataProperty: "phone_opted_in_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid3 = _errs30 === errors;
        if (_valid3) {
          valid4 = true;
          passing3 = 0;
        }
        const _errs31 = errors;
        if (data9 !== null) {
          const err13 = {
            instancePath: instancePath + "/phone_opted_in_at",
            schemaPath: "#/properties/phone_opted_in_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        var _valid3 = _errs31 === errors;
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
          const err14 = {
            instancePath: instancePath + "/phone_opted_in_at",
            schemaPath: "#/properties/phone_opted_in_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing3 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        } else {
          errors = _errs29;
          if (vErrors !== null) {
            if (_errs29) {
              vErrors.length = _errs29;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.unsubscribed_at !== undefined) {
        let data10 = data.unsubscribed_at;
        const _errs34 = errors;
        let valid5 = false;
        let passing4 = null;
        const _errs35 = errors;
        if (
          !validate18(data10, {
            instancePath: instancePath + "/unsubscribed_at",
            parentData: data,
            parentDataProperty: "unsubscribed_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid4 = _errs35 === errors;
        if (_valid4) {
          valid5 = true;
          passing4 = 0;
        }
        const _errs36 = errors;
        if (data10 !== null) {
          const err15 = {
            instancePath: instancePath + "/unsubscribed_at",
            schemaPath: "#/properties/unsubscribed_at/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid4 = _errs36 === errors;
        if (_valid4 && valid5) {
          valid5 = false;
          passing4 = [passing4, 1];
        } else {
          if (_valid4) {
            valid5 = true;
            passing4 = 1;
          }
        }
        if (!valid5) {
          const err16 = {
            instancePath: instancePath + "/unsubscribed_at",
            schemaPath: "#/properties/unsubscribed_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing4 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        } else {
          errors = _errs34;
          if (vErrors !== null) {
            if (_errs34) {
              vErrors.length = _errs34;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.custom_properties !== undefined) {
        let data11 = data.custom_properties;
        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
          const err17 = {
            instancePath: instancePath + "/custom_properties",
            schemaPath: "#/properties/custom_properties/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.is_loyalty_member !== undefined) {
        if (typeof data.is_loyalty_member !== "boolean") {
          const err18 = {
            instancePath: instancePath + "/is_loyalty_member",
            schemaPath: "#/properties/is_loyalty_member/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.loyalty_member !== undefined) {
        let data13 = data.loyalty_member;
        if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
          const err19 = {
            instancePath: instancePath + "/loyalty_member",
            schemaPath: "#/properties/loyalty_member/type",
            keyword: "type",
            params: { type: schema14.properties.loyalty_member.type },
            message: "must be object,null",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.referral_counts !== undefined) {
        if (
          !validate44(data.referral_counts, {
            instancePath: instancePath + "/referral_counts",
            parentData: data,
            parentDataProperty: "referral_counts",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
          errors = vErrors.length;
        }
      }
      if (data.gender !== undefined) {
        let data15 = data.gender;
        if (typeof data15 !== "string" && data15 !== null) {
          const err20 = {
            instancePath: instancePath + "/gender",
            schemaPath: "#/properties/gender/type",
            keyword: "type",
            params: { type: schema14.properties.gender.type },
            message: "must be string,null",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    } else {
      const err21 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    validate38.errors = vErrors;
    return errors === 0;
  }
  const schema16 = { type: "string", enum: ["rebate", "discount_coupon", "other"] };
  function validate48(
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
        params: { allowedValues: schema16.enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate48.errors = vErrors;
    return errors === 0;
  }
  function validate36(
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
        if (
          !validate3(data.id, {
            instancePath: instancePath + "/id",
            parentData: data,
            parentDataProperty: "id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.email !== undefined) {
        if (typeof data.email !== "string") {
          const err2 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/type",
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
      }
      if (data.person !== undefined) {
        if (
          !validate38(data.person, {
            instancePath: instancePath + "/person",
            parentData: data,
            parentDataProperty: "person",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
          errors = vErrors.length;
        }
      }
      if (data.amount !== undefined) {
        if (
          !validate20(data.amount, {
            instancePath: instancePath + "/amount",
            parentData: data,
            parentDataProperty: "amount",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
          errors = vErrors.length;
        }
      }
      if (data.incentive !== undefined) {
        if (
          !validate48(data.incentive, {
            instancePath: instancePath + "/incentive",
            parentData: data,
            parentDataProperty: "incentive",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
          errors = vErrors.length;
        }
      }
      if (data.incentive_description !== undefined) {
        let data5 = data.incentive_description;
        if (typeof data5 !== "string" && data5 !== null) {
          const err3 = {
            instancePath: instancePath + "/incentive_description",
            schemaPath: "#/properties/incentive_description/type",
            keyword: "type",
            params: { type: schema13.properties.incentive_description.type },
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
      if (data.reward_coupon_code !== undefined) {
        let data6 = data.reward_coupon_code;
        if (typeof data6 !== "string" && data6 !== null) {
          const err4 = {
            instancePath: instancePath + "/reward_coupon_code",
            schemaPath: "#/properties/reward_coupon_code/type",
            keyword: "type",
            params: { type: schema13.properties.reward_coupon_code.type },
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
      if (data.origin !== undefined) {
        if (
          !validate9(data.origin, {
            instancePath: instancePath + "/origin",
            parentData: data,
            parentDataProperty: "origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
          errors = vErrors.length;
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
    validate36.errors = vErrors;
    return errors === 0;
  }
  const schema17 = {
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
  function validate55(
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
        params: { allowedValues: schema17.anyOf[0].enum },
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
    validate55.errors = vErrors;
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
          !validate7(data.offer, {
            instancePath: instancePath + "/offer",
            parentData: data,
            parentDataProperty: "offer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
          errors = vErrors.length;
        }
      }
      if (data.referred_origin !== undefined) {
        if (
          !validate9(data.referred_origin, {
            instancePath: instancePath + "/referred_origin",
            parentData: data,
            parentDataProperty: "referred_origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
          errors = vErrors.length;
        }
      }
      if (data.advocate_rewards !== undefined) {
        let data3 = data.advocate_rewards;
        if (Array.isArray(data3)) {
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (
              !validate36(data3[i0], {
                instancePath: instancePath + "/advocate_rewards/" + i0,
                parentData: data3,
                parentDataProperty: i0,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err2 = {
            instancePath: instancePath + "/advocate_rewards",
            schemaPath: "#/properties/advocate_rewards/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
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
              !validate36(data5[i1], {
                instancePath: instancePath + "/friend_rewards/" + i1,
                parentData: data5,
                parentDataProperty: i1,
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err3 = {
            instancePath: instancePath + "/friend_rewards",
            schemaPath: "#/properties/friend_rewards/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.referrer !== undefined) {
        if (
          !validate36(data.referrer, {
            instancePath: instancePath + "/referrer",
            parentData: data,
            parentDataProperty: "referrer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
          errors = vErrors.length;
        }
      }
      if (data.referred !== undefined) {
        if (
          !validate36(data.referred, {
            instancePath: instancePath + "/referred",
            parentData: data,
            parentDataProperty: "referred",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
          errors = vErrors.length;
        }
      }
      if (data.share !== undefined) {
        let data9 = data.share;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
          if (data9.channel !== undefined) {
            if (
              !validate55(data9.channel, {
                instancePath: instancePath + "/share/channel",
                parentData: data9,
                parentDataProperty: "channel",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err4 = {
            instancePath: instancePath + "/share",
            schemaPath: "#/properties/share/type",
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
    validate1.errors = vErrors;
    return errors === 0;
  }
  const schema18 = {
    type: "object",
    required: ["campaign", "reward"],
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
  const schema19 = {
    type: "object",
    required: ["reason"],
    properties: {
      id: { $ref: "#/components/schemas/Identifier" },
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
  const schema20 = {
    type: "string",
    anyOf: [
      { type: "string", enum: ["signup", "shared", "click", "referrer", "referred"] },
      { type: "string" },
    ],
  };
  function validate62(
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
    validate62.errors = vErrors;
    return errors === 0;
  }
  const schema21 = {
    type: "string",
    anyOf: [{ type: "string", enum: ["Paid", "Unpaid", "Voided"] }, { type: "string" }],
  };
  function validate64(
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
        params: { allowedValues: schema21.anyOf[0].enum },
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
    validate64.errors = vErrors;
    return errors === 0;
  }
  const schema22 = {
    type: "object",
    properties: {
      id: { $ref: "#/components/schemas/Identifier" },
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
  function validate68(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id !== undefined) {
        if (
          !validate3(data.id, {
            instancePath: instancePath + "/id",
            parentData: data,
            parentDataProperty: "id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.code !== undefined) {
        if (typeof data.code !== "string") {
          const err0 = {
            instancePath: instancePath + "/code",
            schemaPath: "#/properties/code/type",
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
      }
      if (data.active !== undefined) {
        let data2 = data.active;
        if (typeof data2 !== "boolean" && data2 !== null) {
          const err1 = {
            instancePath: instancePath + "/active",
            schemaPath: "#/properties/active/type",
            keyword: "type",
            params: { type: schema22.properties.active.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.amount !== undefined) {
        if (
          !validate20(data.amount, {
            instancePath: instancePath + "/amount",
            parentData: data,
            parentDataProperty: "amount",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
          errors = vErrors.length;
        }
      }
      if (data.percentage_discount !== undefined) {
        let data4 = data.percentage_discount;
        if (typeof data4 !== "boolean" && data4 !== null) {
          const err2 = {
            instancePath: instancePath + "/percentage_discount",
            schemaPath: "#/properties/percentage_discount/type",
            keyword: "type",
            params: { type: schema22.properties.percentage_discount.type },
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
      if (data.description !== undefined) {
        let data5 = data.description;
        if (typeof data5 !== "string" && data5 !== null) {
          const err3 = {
            instancePath: instancePath + "/description",
            schemaPath: "#/properties/description/type",
            keyword: "type",
            params: { type: schema22.properties.description.type },
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
      if (data.single_use !== undefined) {
        let data6 = data.single_use;
        if (typeof data6 !== "boolean" && data6 !== null) {
          const err4 = {
            instancePath: instancePath + "/single_use",
            schemaPath: "#/properties/single_use/type",
            keyword: "type",
            params: { type: schema22.properties.single_use.type },
            message: "must be boolean,null",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.used !== undefined) {
        let data7 = data.used;
        if (typeof data7 !== "boolean" && data7 !== null) {
          const err5 = {
            instancePath: instancePath + "/used",
            schemaPath: "#/properties/used/type",
            keyword: "type",
            params: { type: schema22.properties.used.type },
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
      if (data.usages !== undefined) {
        let data8 = data.usages;
        if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8)) && data8 !== null) {
          const err6 = {
            instancePath: instancePath + "/usages",
            schemaPath: "#/properties/usages/type",
            keyword: "type",
            params: { type: schema22.properties.usages.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.valid_until !== undefined) {
        let data9 = data.valid_until;
        const _errs18 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs19 = errors;
        if (
          !validate18(data9, {
            instancePath: instancePath + "/valid_until",
            parentData: data,
            parentDataProperty: "valid_until",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs19 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs20 = errors;
        if (data9 !== null) {
          const err7 = {
            instancePath: instancePath + "/valid_until",
            schemaPath: "#/properties/valid_until/oneOf/1/type",
            keyword: "type",
            params: { type: "null" },
            message: "must be null",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs20 === errors;
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
          const err8 = {
            instancePath: instancePath + "/valid_until",
            schemaPath: "#/properties/valid_until/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        } else {
          errors = _errs18;
          if (vErrors !== null) {
            if (_errs18) {
              vErrors.length = _errs18;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.expires_at !== undefined) {
        let data10 = data.expires_at;
        const _errs23 = errors;
        let valid2 = false;
        let passing1 = null;
        const _errs24 = errors;
        if (
          !validate18(data10, {
            instancePath: instancePath + "/expires_at",
            parentData: data,
            parentDataProperty: "expires_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid1 = _errs24 === errors;
        if (_valid1) {
          valid2 = true;
          passing1 = 0;
        }
        const _errs25 = errors;
        if (data10 !== null) {
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
        var _valid1 = _errs25 === errors;
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
          const err10 = {
            instancePath: instancePath + "/expires_at",
            schemaPath: "#/properties/expires_at/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing1 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        } else {
          errors = _errs23;
          if (vErrors !== null) {
            if (_errs23) {
              vErrors.length = _errs23;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err11 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    validate68.errors = vErrors;
    return errors === 0;
  }
  function validate60(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.reason === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "reason" },
          message: "must have required property '" + "reason" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.id !== undefined) {
        if (
          !validate3(data.id, {
            instancePath: instancePath + "/id",
            parentData: data,
            parentDataProperty: "id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.reason !== undefined) {
        if (
          !validate62(data.reason, {
            instancePath: instancePath + "/reason",
            parentData: data,
            parentDataProperty: "reason",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
          errors = vErrors.length;
        }
      }
      if (data.status !== undefined) {
        if (
          !validate64(data.status, {
            instancePath: instancePath + "/status",
            parentData: data,
            parentDataProperty: "status",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
          errors = vErrors.length;
        }
      }
      if (data.incentive_type !== undefined) {
        if (
          !validate48(data.incentive_type, {
            instancePath: instancePath + "/incentive_type",
            parentData: data,
            parentDataProperty: "incentive_type",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
          errors = vErrors.length;
        }
      }
      if (data.incentive_identifier !== undefined) {
        let data4 = data.incentive_identifier;
        if (typeof data4 !== "string" && data4 !== null) {
          const err1 = {
            instancePath: instancePath + "/incentive_identifier",
            schemaPath: "#/properties/incentive_identifier/type",
            keyword: "type",
            params: { type: schema19.properties.incentive_identifier.type },
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
      if (data.incentive_description !== undefined) {
        let data5 = data.incentive_description;
        if (typeof data5 !== "string" && data5 !== null) {
          const err2 = {
            instancePath: instancePath + "/incentive_description",
            schemaPath: "#/properties/incentive_description/type",
            keyword: "type",
            params: { type: schema19.properties.incentive_description.type },
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
      if (data.incentive_custom_description !== undefined) {
        let data6 = data.incentive_custom_description;
        if (typeof data6 !== "string" && data6 !== null) {
          const err3 = {
            instancePath: instancePath + "/incentive_custom_description",
            schemaPath: "#/properties/incentive_custom_description/type",
            keyword: "type",
            params: { type: schema19.properties.incentive_custom_description.type },
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
      if (data.amount !== undefined) {
        if (
          !validate20(data.amount, {
            instancePath: instancePath + "/amount",
            parentData: data,
            parentDataProperty: "amount",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
          errors = vErrors.length;
        }
      }
      if (data.coupon !== undefined) {
        let data8 = data.coupon;
        const _errs13 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs14 = errors;
        if (
          !validate68(data8, {
            instancePath: instancePath + "/coupon",
            parentData: data,
            parentDataProperty: "coupon",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs14 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs15 = errors;
        if (data8 !== null) {
          const err4 = {
            instancePath: instancePath + "/coupon",
            schemaPath: "#/properties/coupon/oneOf/1/type",
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
          const err5 = {
            instancePath: instancePath + "/coupon",
            schemaPath: "#/properties/coupon/oneOf",
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
      if (data.coupon_code !== undefined) {
        let data9 = data.coupon_code;
        if (typeof data9 !== "string" && data9 !== null) {
          const err6 = {
            instancePath: instancePath + "/coupon_code",
            schemaPath: "#/properties/coupon_code/type",
            keyword: "type",
            params: { type: schema19.properties.coupon_code.type },
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
    } else {
      const err7 = {
        instancePath,
        schemaPath: "#/type",
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
    validate60.errors = vErrors;
    return errors === 0;
  }
  function validate57(
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
      if (data.reward === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "reward" },
          message: "must have required property '" + "reward" + "'",
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
          !validate7(data.offer, {
            instancePath: instancePath + "/offer",
            parentData: data,
            parentDataProperty: "offer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
          errors = vErrors.length;
        }
      }
      if (data.reward !== undefined) {
        if (
          !validate60(data.reward, {
            instancePath: instancePath + "/reward",
            parentData: data,
            parentDataProperty: "reward",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
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
          !validate38(data3, {
            instancePath: instancePath + "/person",
            parentData: data,
            parentDataProperty: "person",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs6 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs7 = errors;
        if (data3 !== null) {
          const err2 = {
            instancePath: instancePath + "/person",
            schemaPath: "#/properties/person/oneOf/1/type",
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
          const err3 = {
            instancePath: instancePath + "/person",
            schemaPath: "#/properties/person/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing0 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
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
          !validate9(data4, {
            instancePath: instancePath + "/origin",
            parentData: data,
            parentDataProperty: "origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
          errors = vErrors.length;
        }
        var _valid1 = _errs11 === errors;
        if (_valid1) {
          valid2 = true;
          passing1 = 0;
        }
        const _errs12 = errors;
        if (data4 !== null) {
          const err4 = {
            instancePath: instancePath + "/origin",
            schemaPath: "#/properties/origin/oneOf/1/type",
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
          const err5 = {
            instancePath: instancePath + "/origin",
            schemaPath: "#/properties/origin/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing1 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
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
          !validate9(data.advocate_origin, {
            instancePath: instancePath + "/advocate_origin",
            parentData: data,
            parentDataProperty: "advocate_origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
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
          !validate9(data6, {
            instancePath: instancePath + "/friend_origin",
            parentData: data,
            parentDataProperty: "friend_origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
          errors = vErrors.length;
        }
        var _valid2 = _errs17 === errors;
        if (_valid2) {
          valid3 = true;
          passing2 = 0;
        }
        const _errs18 = errors;
        if (data6 !== null) {
          const err6 = {
            instancePath: instancePath + "/friend_origin",
            schemaPath: "#/properties/friend_origin/oneOf/1/type",
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
          const err7 = {
            instancePath: instancePath + "/friend_origin",
            schemaPath: "#/properties/friend_origin/oneOf",
            keyword: "oneOf",
            params: { passingSchemas: passing2 },
            message: "must match exactly one schema in oneOf",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
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
    validate57.errors = vErrors;
    return errors === 0;
  }
  const schema23 = {
    type: "object",
    required: ["campaign", "share_type", "share_info", "origin"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      share_type: { $ref: "#/components/schemas/ShareType" },
      share_info: {
        type: "object",
        properties: {
          recipients: { type: "array", items: { type: "string" } },
          facebook_share_post_id: { $ref: "#/components/schemas/Identifier" },
          facebook_share_user_id: { $ref: "#/components/schemas/Identifier" },
        },
      },
      sharer_info: { $ref: "#/components/schemas/Person" },
      share_link: { type: "string" },
      origin: { $ref: "#/components/schemas/Origin" },
    },
  };
  function validate79(
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
          !validate55(data.share_type, {
            instancePath: instancePath + "/share_type",
            parentData: data,
            parentDataProperty: "share_type",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
            if (
              !validate3(data2.facebook_share_post_id, {
                instancePath: instancePath + "/share_info/facebook_share_post_id",
                parentData: data2,
                parentDataProperty: "facebook_share_post_id",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
              errors = vErrors.length;
            }
          }
          if (data2.facebook_share_user_id !== undefined) {
            if (
              !validate3(data2.facebook_share_user_id, {
                instancePath: instancePath + "/share_info/facebook_share_user_id",
                parentData: data2,
                parentDataProperty: "facebook_share_user_id",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err6 = {
            instancePath: instancePath + "/share_info",
            schemaPath: "#/properties/share_info/type",
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
      }
      if (data.sharer_info !== undefined) {
        if (
          !validate38(data.sharer_info, {
            instancePath: instancePath + "/sharer_info",
            parentData: data,
            parentDataProperty: "sharer_info",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
          errors = vErrors.length;
        }
      }
      if (data.share_link !== undefined) {
        if (typeof data.share_link !== "string") {
          const err7 = {
            instancePath: instancePath + "/share_link",
            schemaPath: "#/properties/share_link/type",
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
      if (data.origin !== undefined) {
        if (
          !validate9(data.origin, {
            instancePath: instancePath + "/origin",
            parentData: data,
            parentDataProperty: "origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
          errors = vErrors.length;
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
    validate79.errors = vErrors;
    return errors === 0;
  }
  const schema24 = {
    type: "object",
    required: ["coupon_code", "coupon_list_id", "discount_amount", "percentage_discount"],
    properties: {
      coupon_code: { type: "string" },
      coupon_list_id: { $ref: "#/components/schemas/Identifier" },
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
  function validate86(
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
        if (
          !validate3(data.coupon_list_id, {
            instancePath: instancePath + "/coupon_list_id",
            parentData: data,
            parentDataProperty: "coupon_list_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.coupon_list_name !== undefined) {
        if (typeof data.coupon_list_name !== "string") {
          const err5 = {
            instancePath: instancePath + "/coupon_list_name",
            schemaPath: "#/properties/coupon_list_name/type",
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
      if (data.discount_amount !== undefined) {
        if (
          !validate20(data.discount_amount, {
            instancePath: instancePath + "/discount_amount",
            parentData: data,
            parentDataProperty: "discount_amount",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
          errors = vErrors.length;
        }
      }
      if (data.percentage_discount !== undefined) {
        if (typeof data.percentage_discount !== "boolean") {
          const err6 = {
            instancePath: instancePath + "/percentage_discount",
            schemaPath: "#/properties/percentage_discount/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.usage_limit !== undefined) {
        let data5 = data.usage_limit;
        if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5)) && data5 !== null) {
          const err7 = {
            instancePath: instancePath + "/usage_limit",
            schemaPath: "#/properties/usage_limit/type",
            keyword: "type",
            params: { type: schema24.properties.usage_limit.type },
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
      if (data.expires_at !== undefined) {
        let data6 = data.expires_at;
        const _errs12 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs13 = errors;
        if (
          !validate18(data6, {
            instancePath: instancePath + "/expires_at",
            parentData: data,
            parentDataProperty: "expires_at",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs13 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs14 = errors;
        if (data6 !== null) {
          const err8 = {
            instancePath: instancePath + "/expires_at",
            schemaPath: "#/properties/expires_at/oneOf/1/type",
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
        var _valid0 = _errs14 === errors;
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
            instancePath: instancePath + "/expires_at",
            schemaPath: "#/properties/expires_at/oneOf",
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
          errors = _errs12;
          if (vErrors !== null) {
            if (_errs12) {
              vErrors.length = _errs12;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.email !== undefined) {
        let data7 = data.email;
        if (typeof data7 !== "string" && data7 !== null) {
          const err10 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/type",
            keyword: "type",
            params: { type: schema24.properties.email.type },
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
      if (data.phone_number !== undefined) {
        let data8 = data.phone_number;
        if (typeof data8 !== "string" && data8 !== null) {
          const err11 = {
            instancePath: instancePath + "/phone_number",
            schemaPath: "#/properties/phone_number/type",
            keyword: "type",
            params: { type: schema24.properties.phone_number.type },
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
      if (data.coupon_auto_sync_enabled !== undefined) {
        if (typeof data.coupon_auto_sync_enabled !== "boolean") {
          const err12 = {
            instancePath: instancePath + "/coupon_auto_sync_enabled",
            schemaPath: "#/properties/coupon_auto_sync_enabled/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    } else {
      const err13 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    validate86.errors = vErrors;
    return errors === 0;
  }
  const schema25 = {
    type: "object",
    required: ["campaign", "offer"],
    allOf: [{ $ref: "#/components/schemas/Person" }],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
    },
  };
  function validate90(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate38(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
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
          !validate7(data.offer, {
            instancePath: instancePath + "/offer",
            parentData: data,
            parentDataProperty: "offer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
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
    validate90.errors = vErrors;
    return errors === 0;
  }
  const schema26 = {
    type: "object",
    required: ["campaign", "offer"],
    allOf: [{ $ref: "#/components/schemas/Person" }],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      offer: { $ref: "#/components/schemas/Offer" },
      ip_address: { type: ["string", "null"] },
    },
  };
  function validate94(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate38(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
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
          !validate7(data.offer, {
            instancePath: instancePath + "/offer",
            parentData: data,
            parentDataProperty: "offer",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
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
            params: { type: schema26.properties.ip_address.type },
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
    validate94.errors = vErrors;
    return errors === 0;
  }
  const schema27 = {
    type: "object",
    required: ["person"],
    properties: { person: { $ref: "#/components/schemas/Person" } },
  };
  function validate98(
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
          !validate38(data.person, {
            instancePath: instancePath + "/person",
            parentData: data,
            parentDataProperty: "person",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
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
    validate98.errors = vErrors;
    return errors === 0;
  }
  const schema28 = {
    type: "object",
    required: ["recipient", "email_type"],
    properties: {
      campaign: { $ref: "#/components/schemas/Campaign" },
      recipient: { $ref: "#/components/schemas/Person" },
      email_type: { $ref: "#/components/schemas/EmailType" },
    },
  };
  const schema29 = {
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
  function validate103(
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
        params: { allowedValues: schema29.anyOf[0].enum },
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
    validate103.errors = vErrors;
    return errors === 0;
  }
  function validate100(
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
          !validate38(data.recipient, {
            instancePath: instancePath + "/recipient",
            parentData: data,
            parentDataProperty: "recipient",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
          errors = vErrors.length;
        }
      }
      if (data.email_type !== undefined) {
        if (
          !validate103(data.email_type, {
            instancePath: instancePath + "/email_type",
            parentData: data,
            parentDataProperty: "email_type",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
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
    validate100.errors = vErrors;
    return errors === 0;
  }
  const schema30 = {
    type: "object",
    required: ["origin", "person"],
    properties: {
      origin: { $ref: "#/components/schemas/Origin" },
      person: { $ref: "#/components/schemas/Person" },
    },
  };
  function validate105(
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
          !validate9(data.origin, {
            instancePath: instancePath + "/origin",
            parentData: data,
            parentDataProperty: "origin",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
          errors = vErrors.length;
        }
      }
      if (data.person !== undefined) {
        if (
          !validate38(data.person, {
            instancePath: instancePath + "/person",
            parentData: data,
            parentDataProperty: "person",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
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
    validate105.errors = vErrors;
    return errors === 0;
  }
  const schema31 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "referral_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/ReferralPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  const schema32 = { type: "string", minLength: 1 };
  function validate109(
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
    validate109.errors = vErrors;
    return errors === 0;
  }
  const schema33 = { type: "string" };
  function validate111(
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
    validate111.errors = vErrors;
    return errors === 0;
  }
  const schema34 = { type: "object" };
  function validate114(
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
    validate114.errors = vErrors;
    return errors === 0;
  }
  function validate108(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate108.errors = vErrors;
    return errors === 0;
  }
  const schema35 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "reward_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/RewardPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate116(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
      if (data.payload !== undefined) {
        if (
          !validate57(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate116.errors = vErrors;
    return errors === 0;
  }
  const schema36 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "post_share_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/PostSharePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate121(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate121.errors = vErrors;
    return errors === 0;
  }
  const schema37 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "create_coupon_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/CreateCouponPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate126(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate126.errors = vErrors;
    return errors === 0;
  }
  const schema38 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "offer_signup_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/OfferSignupPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate131(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
      if (data.payload !== undefined) {
        if (
          !validate90(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate131.errors = vErrors;
    return errors === 0;
  }
  const schema39 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "claim_signup_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/ClaimSignupPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate136(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
      if (data.payload !== undefined) {
        if (
          !validate94(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate136.errors = vErrors;
    return errors === 0;
  }
  const schema40 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "unsubscribe_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/UnsubscribePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate141(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
      if (data.payload !== undefined) {
        if (
          !validate98(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate141.errors = vErrors;
    return errors === 0;
  }
  const schema41 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "check_unsubscribe_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/CheckUnsubscribePayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate146(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
      if (data.payload !== undefined) {
        if (
          !validate100(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate146.errors = vErrors;
    return errors === 0;
  }
  const schema42 = {
    type: "object",
    required: ["key", "payload"],
    properties: {
      key: { $ref: "#/components/schemas/SiteKey" },
      site: { $ref: "#/components/schemas/SiteSlug" },
      type: { type: "string", const: "event_web_hook" },
      test: { type: "string" },
      payload: { $ref: "#/components/schemas/EventPayload" },
      extras: { $ref: "#/components/schemas/Extras" },
    },
  };
  function validate151(
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
          !validate109(data.key, {
            instancePath: instancePath + "/key",
            parentData: data,
            parentDataProperty: "key",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
          errors = vErrors.length;
        }
      }
      if (data.site !== undefined) {
        if (
          !validate111(data.site, {
            instancePath: instancePath + "/site",
            parentData: data,
            parentDataProperty: "site",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
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
      if (data.test !== undefined) {
        if (typeof data.test !== "string") {
          const err4 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/properties/test/type",
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
      if (data.payload !== undefined) {
        if (
          !validate105(data.payload, {
            instancePath: instancePath + "/payload",
            parentData: data,
            parentDataProperty: "payload",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
          errors = vErrors.length;
        }
      }
      if (data.extras !== undefined) {
        if (
          !validate114(data.extras, {
            instancePath: instancePath + "/extras",
            parentData: data,
            parentDataProperty: "extras",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
          errors = vErrors.length;
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
    validate151.errors = vErrors;
    return errors === 0;
  }
  const schema43 = {
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
  function validate156(
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
    validate156.errors = vErrors;
    return errors === 0;
  }
  return {
    v_referral_web_hook_payload: validate1,
    v_reward_web_hook_payload: validate57,
    v_post_share_web_hook_payload: validate79,
    v_create_coupon_web_hook_payload: validate86,
    v_offer_signup_web_hook_payload: validate90,
    v_claim_signup_web_hook_payload: validate94,
    v_unsubscribe_web_hook_payload: validate98,
    v_check_unsubscribe_web_hook_payload: validate100,
    v_event_web_hook_payload: validate105,
    v_referral_web_hook_body: validate108,
    v_reward_web_hook_body: validate116,
    v_post_share_web_hook_body: validate121,
    v_create_coupon_web_hook_body: validate126,
    v_offer_signup_web_hook_body: validate131,
    v_claim_signup_web_hook_body: validate136,
    v_unsubscribe_web_hook_body: validate141,
    v_check_unsubscribe_web_hook_body: validate146,
    v_event_web_hook_body: validate151,
    v_check_unsubscribe_web_hook_answer: validate156,
  };
})();
