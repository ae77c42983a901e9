// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
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
    properties: {
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      member_id: { $ref: "#/components/schemas/MemberId" },
      mailing_id: { $ref: "#/components/schemas/MailingId" },
    },
  };
  const schema2 = {
    allOf: [{ if: { type: "null" }, else: { $ref: "#/components/schemas/AccountId" } }],
  };
  const schema3 = { type: "integer" };
  function validate3(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate3.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
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
    const _errs1 = errors;
    let valid1 = true;
    const _errs2 = errors;
    if (data !== null) {
      errors++;
    }
    var _valid0 = _errs2 === errors;
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
    if (!_valid0) {
      const _errs4 = errors;
      if (!validate3(data, noPathContext)) {
        const failed = prefixedErrors(validate3.errors, instancePath);
        vErrors = vErrors === null ? failed : vErrors.concat(failed);
        errors += failed.length;
      }
      var _valid0 = _errs4 === errors;
      valid1 = _valid0;
    }
    if (!valid1) {
      const err1 = {
        instancePath,
        schemaPath: "#/allOf/0/if",
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
      validate2.errors = vErrors;
      return false;
    }
    validate2.errors = vErrors;
    return errors === 0;
  }
  const schema4 = { type: ["integer", "null"] };
  function validate6(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data)) && data !== null) {
      validate6.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema4.type },
          message: "must be integer,null",
        },
      ];
      return false;
    }
    validate6.errors = vErrors;
    return errors === 0;
  }
  const schema5 = { type: ["integer", "null"] };
  function validate8(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data)) && data !== null) {
      validate8.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema5.type },
          message: "must be integer,null",
        },
      ];
      return false;
    }
    validate8.errors = vErrors;
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
        if (data.account_id !== undefined) {
          const _errs1 = errors;
          if (!validate2(data.account_id, noPathContext)) {
            const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.member_id !== undefined) {
            const _errs2 = errors;
            if (!validate6(data.member_id, noPathContext)) {
              const failed = prefixedErrors(validate6.errors, instancePath + "/member_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mailing_id !== undefined) {
              const _errs3 = errors;
              if (!validate8(data.mailing_id, noPathContext)) {
                const failed = prefixedErrors(validate8.errors, instancePath + "/mailing_id");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
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
  const schema6 = {
    type: "object",
    properties: {
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      member_id: { $ref: "#/components/schemas/MemberId" },
      mailing_id: { $ref: "#/components/schemas/MailingId" },
      subject: { $ref: "#/components/schemas/MailingSubject" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  const schema7 = { type: ["string", "null"] };
  function validate14(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      validate14.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema7.type },
          message: "must be string,null",
        },
      ];
      return false;
    }
    validate14.errors = vErrors;
    return errors === 0;
  }
  const schema8 = { type: ["string", "null"] };
  function validate16(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      validate16.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema8.type },
          message: "must be string,null",
        },
      ];
      return false;
    }
    validate16.errors = vErrors;
    return errors === 0;
  }
  function validate10(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.account_id !== undefined) {
          const _errs1 = errors;
          if (!validate2(data.account_id, noPathContext)) {
            const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.member_id !== undefined) {
            const _errs2 = errors;
            if (!validate6(data.member_id, noPathContext)) {
              const failed = prefixedErrors(validate6.errors, instancePath + "/member_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mailing_id !== undefined) {
              const _errs3 = errors;
              if (!validate8(data.mailing_id, noPathContext)) {
                const failed = prefixedErrors(validate8.errors, instancePath + "/mailing_id");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.subject !== undefined) {
                const _errs4 = errors;
                if (!validate14(data.subject, noPathContext)) {
                  const failed = prefixedErrors(validate14.errors, instancePath + "/subject");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timestamp !== undefined) {
                  const _errs5 = errors;
                  if (!validate16(data.timestamp, noPathContext)) {
                    const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
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
  const schema9 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    properties: { link_id: { type: ["integer", "null"] } },
  };
  function validate18(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate10(data, noPathContext)) {
      const failed = prefixedErrors(validate10.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.link_id !== undefined) {
          let data0 = data.link_id;
          if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
            validate18.errors = [
              {
                instancePath: instancePath + "/link_id",
                schemaPath: "#/properties/link_id/type",
                keyword: "type",
                params: { type: schema9.properties.link_id.type },
                message: "must be integer,null",
              },
            ];
            return false;
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
  const schema10 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    properties: { network: { $ref: "#/components/schemas/SocialNetwork" } },
  };
  const schema11 = { type: ["string", "null"] };
  function validate22(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      validate22.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema11.type },
          message: "must be string,null",
        },
      ];
      return false;
    }
    validate22.errors = vErrors;
    return errors === 0;
  }
  function validate20(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate10(data, noPathContext)) {
      const failed = prefixedErrors(validate10.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.network !== undefined) {
          if (!validate22(data.network, noPathContext)) {
            const failed = prefixedErrors(validate22.errors, instancePath + "/network");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
        }
      } else {
        validate20.errors = [
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
    validate20.errors = vErrors;
    return errors === 0;
  }
  const schema12 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    properties: { network: { $ref: "#/components/schemas/SocialNetwork" } },
  };
  function validate24(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate10(data, noPathContext)) {
      const failed = prefixedErrors(validate10.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.network !== undefined) {
          if (!validate22(data.network, noPathContext)) {
            const failed = prefixedErrors(validate22.errors, instancePath + "/network");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
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
  const schema13 = {
    type: "object",
    properties: {
      mailing_id: { $ref: "#/components/schemas/MailingId" },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      subject: { $ref: "#/components/schemas/MailingSubject" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  function validate27(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.mailing_id !== undefined) {
          const _errs1 = errors;
          if (!validate8(data.mailing_id, noPathContext)) {
            const failed = prefixedErrors(validate8.errors, instancePath + "/mailing_id");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs2 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.subject !== undefined) {
              const _errs3 = errors;
              if (!validate14(data.subject, noPathContext)) {
                const failed = prefixedErrors(validate14.errors, instancePath + "/subject");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs4 = errors;
                if (!validate16(data.timestamp, noPathContext)) {
                  const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate27.errors = [
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
    validate27.errors = vErrors;
    return errors === 0;
  }
  const schema14 = {
    type: "object",
    properties: {
      import_id: { type: ["integer", "null"] },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
      group_ids: { type: ["array", "null"], items: { type: "integer" } },
      contact_count: { type: ["integer", "null"] },
    },
  };
  const schema15 = { type: ["string", "null"] };
  function validate35(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      validate35.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema15.type },
          message: "must be string,null",
        },
      ];
      return false;
    }
    validate35.errors = vErrors;
    return errors === 0;
  }
  function validate32(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.import_id !== undefined) {
          let data0 = data.import_id;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
            validate32.errors = [
              {
                instancePath: instancePath + "/import_id",
                schemaPath: "#/properties/import_id/type",
                keyword: "type",
                params: { type: schema14.properties.import_id.type },
                message: "must be integer,null",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs3 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs4 = errors;
              if (!validate16(data.timestamp, noPathContext)) {
                const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.resource_url !== undefined) {
                const _errs5 = errors;
                if (!validate35(data.resource_url, noPathContext)) {
                  const failed = prefixedErrors(validate35.errors, instancePath + "/resource_url");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.group_ids !== undefined) {
                  let data4 = data.group_ids;
                  const _errs6 = errors;
                  if (!Array.isArray(data4) && data4 !== null) {
                    validate32.errors = [
                      {
                        instancePath: instancePath + "/group_ids",
                        schemaPath: "#/properties/group_ids/type",
                        keyword: "type",
                        params: { type: schema14.properties.group_ids.type },
                        message: "must be array,null",
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs6) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data5 = data4[i0];
                        const _errs8 = errors;
                        if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5))) {
                          validate32.errors = [
                            {
                              instancePath: instancePath + "/group_ids/" + i0,
                              schemaPath: "#/properties/group_ids/items/type",
                              keyword: "type",
                              params: { type: "integer" },
                              message: "must be integer",
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs8 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.contact_count !== undefined) {
                    let data6 = data.contact_count;
                    const _errs10 = errors;
                    if (
                      !(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6)) &&
                      data6 !== null
                    ) {
                      validate32.errors = [
                        {
                          instancePath: instancePath + "/contact_count",
                          schemaPath: "#/properties/contact_count/type",
                          keyword: "type",
                          params: { type: schema14.properties.contact_count.type },
                          message: "must be integer,null",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      } else {
        validate32.errors = [
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
    validate32.errors = vErrors;
    return errors === 0;
  }
  const schema16 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MemberEventBase" }],
    properties: {
      signup_form_id: { type: ["integer", "null"] },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
      group_ids: { $ref: "#/components/schemas/IdList" },
    },
  };
  const schema17 = {
    type: "object",
    properties: {
      member_id: { $ref: "#/components/schemas/MemberId" },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  function validate38(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.member_id !== undefined) {
          const _errs1 = errors;
          if (!validate6(data.member_id, noPathContext)) {
            const failed = prefixedErrors(validate6.errors, instancePath + "/member_id");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs2 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs3 = errors;
              if (!validate16(data.timestamp, noPathContext)) {
                const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
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
  const schema18 = {
    allOf: [
      {
        if: { type: "null" },
        else: { anyOf: [{ type: "array", items: { type: "integer" } }, { const: "all" }] },
      },
    ],
  };
  function validate44(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid1 = true;
    const _errs2 = errors;
    if (data !== null) {
      errors++;
    }
    var _valid0 = _errs2 === errors;
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
    if (!_valid0) {
      const _errs4 = errors;
      const _errs5 = errors;
      let valid2 = false;
      const _errs6 = errors;
      if (errors === _errs6) {
        if (Array.isArray(data)) {
          var valid3 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            const _errs8 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              const err1 = {
                instancePath: instancePath + "/" + i0,
                schemaPath: "#/allOf/0/else/anyOf/0/items/type",
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
            var valid3 = _errs8 === errors;
            if (!valid3) {
              break;
            }
          }
        } else {
          const err2 = {
            instancePath,
            schemaPath: "#/allOf/0/else/anyOf/0/type",
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
      var _valid1 = _errs6 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const _errs10 = errors;
        if ("all" !== data) {
          const err3 = {
            instancePath,
            schemaPath: "#/allOf/0/else/anyOf/1/const",
            keyword: "const",
            params: { allowedValue: "all" },
            message: "must be equal to constant",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid1 = _errs10 === errors;
        valid2 = valid2 || _valid1;
      }
      if (!valid2) {
        const err4 = {
          instancePath,
          schemaPath: "#/allOf/0/else/anyOf",
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
        validate44.errors = vErrors;
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
      var _valid0 = _errs4 === errors;
      valid1 = _valid0;
    }
    if (!valid1) {
      const err5 = {
        instancePath,
        schemaPath: "#/allOf/0/if",
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
      validate44.errors = vErrors;
      return false;
    }
    validate44.errors = vErrors;
    return errors === 0;
  }
  function validate37(
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
        if (data.signup_form_id !== undefined) {
          let data0 = data.signup_form_id;
          const _errs2 = errors;
          if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
            validate37.errors = [
              {
                instancePath: instancePath + "/signup_form_id",
                schemaPath: "#/properties/signup_form_id/type",
                keyword: "type",
                params: { type: schema16.properties.signup_form_id.type },
                message: "must be integer,null",
              },
            ];
            return false;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.resource_url !== undefined) {
            const _errs4 = errors;
            if (!validate35(data.resource_url, noPathContext)) {
              const failed = prefixedErrors(validate35.errors, instancePath + "/resource_url");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.group_ids !== undefined) {
              const _errs5 = errors;
              if (!validate44(data.group_ids, noPathContext)) {
                const failed = prefixedErrors(validate44.errors, instancePath + "/group_ids");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid1 = _errs5 === errors;
            } else {
              var valid1 = true;
            }
          }
        }
      } else {
        validate37.errors = [
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
    validate37.errors = vErrors;
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
        if (data.member_id !== undefined) {
          const _errs1 = errors;
          if (!validate6(data.member_id, noPathContext)) {
            const failed = prefixedErrors(validate6.errors, instancePath + "/member_id");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs2 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs3 = errors;
              if (!validate16(data.timestamp, noPathContext)) {
                const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
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
  const schema20 = {
    type: "object",
    properties: {
      member_ids: { $ref: "#/components/schemas/IdList" },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      group_ids: { $ref: "#/components/schemas/IdList" },
    },
  };
  function validate50(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.member_ids !== undefined) {
          const _errs1 = errors;
          if (!validate44(data.member_ids, noPathContext)) {
            const failed = prefixedErrors(validate44.errors, instancePath + "/member_ids");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs2 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs3 = errors;
              if (!validate16(data.timestamp, noPathContext)) {
                const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.group_ids !== undefined) {
                const _errs4 = errors;
                if (!validate44(data.group_ids, noPathContext)) {
                  const failed = prefixedErrors(validate44.errors, instancePath + "/group_ids");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate50.errors = [
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
    validate50.errors = vErrors;
    return errors === 0;
  }
  const schema21 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/GroupEventBase" }],
    properties: { group_name: { $ref: "#/components/schemas/GroupName" } },
  };
  const schema22 = {
    type: "object",
    properties: {
      group_id: { type: ["integer", "null"] },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  function validate56(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.group_id !== undefined) {
          let data0 = data.group_id;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
            validate56.errors = [
              {
                instancePath: instancePath + "/group_id",
                schemaPath: "#/properties/group_id/type",
                keyword: "type",
                params: { type: schema22.properties.group_id.type },
                message: "must be integer,null",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs3 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs4 = errors;
              if (!validate16(data.timestamp, noPathContext)) {
                const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.resource_url !== undefined) {
                const _errs5 = errors;
                if (!validate35(data.resource_url, noPathContext)) {
                  const failed = prefixedErrors(validate35.errors, instancePath + "/resource_url");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate56.errors = [
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
    validate56.errors = vErrors;
    return errors === 0;
  }
  const schema23 = { type: ["string", "null"] };
  function validate61(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      validate61.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema23.type },
          message: "must be string,null",
        },
      ];
      return false;
    }
    validate61.errors = vErrors;
    return errors === 0;
  }
  function validate55(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate56(data, noPathContext)) {
      const failed = prefixedErrors(validate56.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.group_name !== undefined) {
          if (!validate61(data.group_name, noPathContext)) {
            const failed = prefixedErrors(validate61.errors, instancePath + "/group_name");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
        }
      } else {
        validate55.errors = [
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
    validate55.errors = vErrors;
    return errors === 0;
  }
  function validate63(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.group_id !== undefined) {
          let data0 = data.group_id;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
            validate63.errors = [
              {
                instancePath: instancePath + "/group_id",
                schemaPath: "#/properties/group_id/type",
                keyword: "type",
                params: { type: schema22.properties.group_id.type },
                message: "must be integer,null",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs3 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs4 = errors;
              if (!validate16(data.timestamp, noPathContext)) {
                const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.resource_url !== undefined) {
                const _errs5 = errors;
                if (!validate35(data.resource_url, noPathContext)) {
                  const failed = prefixedErrors(validate35.errors, instancePath + "/resource_url");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
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
  const schema25 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/GroupEventBase" }],
    properties: { group_name: { $ref: "#/components/schemas/GroupName" } },
  };
  function validate67(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate56(data, noPathContext)) {
      const failed = prefixedErrors(validate56.errors, instancePath);
      vErrors = vErrors === null ? failed : vErrors.concat(failed);
      errors += failed.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.group_name !== undefined) {
          if (!validate61(data.group_name, noPathContext)) {
            const failed = prefixedErrors(validate61.errors, instancePath + "/group_name");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
        }
      } else {
        validate67.errors = [
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
    validate67.errors = vErrors;
    return errors === 0;
  }
  const schema26 = {
    type: "object",
    properties: {
      field_id: { type: ["integer", "null"] },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  function validate70(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.field_id !== undefined) {
          let data0 = data.field_id;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
            validate70.errors = [
              {
                instancePath: instancePath + "/field_id",
                schemaPath: "#/properties/field_id/type",
                keyword: "type",
                params: { type: schema26.properties.field_id.type },
                message: "must be integer,null",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs3 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              const _errs4 = errors;
              if (!validate16(data.timestamp, noPathContext)) {
                const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.resource_url !== undefined) {
                const _errs5 = errors;
                if (!validate35(data.resource_url, noPathContext)) {
                  const failed = prefixedErrors(validate35.errors, instancePath + "/resource_url");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate70.errors = [
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
    validate70.errors = vErrors;
    return errors === 0;
  }
  const schema27 = {
    type: "object",
    properties: {
      member_ids: { $ref: "#/components/schemas/IdList" },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      new_status: { $ref: "#/components/schemas/MemberStatus" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  const schema28 = { type: ["string", "null"] };
  function validate77(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      validate77.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: schema28.type },
          message: "must be string,null",
        },
      ];
      return false;
    }
    validate77.errors = vErrors;
    return errors === 0;
  }
  function validate74(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.member_ids !== undefined) {
          const _errs1 = errors;
          if (!validate44(data.member_ids, noPathContext)) {
            const failed = prefixedErrors(validate44.errors, instancePath + "/member_ids");
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.account_id !== undefined) {
            const _errs2 = errors;
            if (!validate2(data.account_id, noPathContext)) {
              const failed = prefixedErrors(validate2.errors, instancePath + "/account_id");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.new_status !== undefined) {
              const _errs3 = errors;
              if (!validate77(data.new_status, noPathContext)) {
                const failed = prefixedErrors(validate77.errors, instancePath + "/new_status");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs4 = errors;
                if (!validate16(data.timestamp, noPathContext)) {
                  const failed = prefixedErrors(validate16.errors, instancePath + "/timestamp");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      } else {
        validate74.errors = [
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
    validate74.errors = vErrors;
    return errors === 0;
  }
  const schema29 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_signup" },
      data: { $ref: "#/components/schemas/MemberSignupData" },
    },
  };
  function validate80(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate80.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_signup" !== data.event_name) {
              validate80.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "member_signup" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate1(data.data, noPathContext)) {
                const failed = prefixedErrors(validate1.errors, instancePath + "/data");
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
        validate80.errors = [
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
    validate80.errors = vErrors;
    return errors === 0;
  }
  const schema30 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_open" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate82(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate82.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("message_open" !== data.event_name) {
              validate82.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "message_open" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate10(data.data, noPathContext)) {
                const failed = prefixedErrors(validate10.errors, instancePath + "/data");
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
        validate82.errors = [
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
    validate82.errors = vErrors;
    return errors === 0;
  }
  const schema31 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_click" },
      data: { $ref: "#/components/schemas/MessageClickData" },
    },
  };
  function validate84(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate84.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("message_click" !== data.event_name) {
              validate84.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "message_click" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate18(data.data, noPathContext)) {
                const failed = prefixedErrors(validate18.errors, instancePath + "/data");
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
        validate84.errors = [
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
    validate84.errors = vErrors;
    return errors === 0;
  }
  const schema32 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_optout" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_optout" !== data.event_name) {
              validate86.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "member_optout" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate10(data.data, noPathContext)) {
                const failed = prefixedErrors(validate10.errors, instancePath + "/data");
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
  const schema33 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_share" },
      data: { $ref: "#/components/schemas/MessageShareData" },
    },
  };
  function validate88(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate88.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("message_share" !== data.event_name) {
              validate88.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "message_share" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate20(data.data, noPathContext)) {
                const failed = prefixedErrors(validate20.errors, instancePath + "/data");
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
        validate88.errors = [
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
    validate88.errors = vErrors;
    return errors === 0;
  }
  const schema34 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_share_click" },
      data: { $ref: "#/components/schemas/MessageShareClickData" },
    },
  };
  function validate90(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("message_share_click" !== data.event_name) {
              validate90.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "message_share_click" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate24(data.data, noPathContext)) {
                const failed = prefixedErrors(validate24.errors, instancePath + "/data");
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
  const schema35 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_forward" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate92(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate92.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("message_forward" !== data.event_name) {
              validate92.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "message_forward" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate10(data.data, noPathContext)) {
                const failed = prefixedErrors(validate10.errors, instancePath + "/data");
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
        validate92.errors = [
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
    validate92.errors = vErrors;
    return errors === 0;
  }
  const schema36 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "mailing_finish" },
      data: { $ref: "#/components/schemas/MailingFinishData" },
    },
  };
  function validate94(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("mailing_finish" !== data.event_name) {
              validate94.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "mailing_finish" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate27(data.data, noPathContext)) {
                const failed = prefixedErrors(validate27.errors, instancePath + "/data");
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
  const schema37 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "import_finish" },
      data: { $ref: "#/components/schemas/ImportFinishData" },
    },
  };
  function validate96(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate96.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("import_finish" !== data.event_name) {
              validate96.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "import_finish" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate32(data.data, noPathContext)) {
                const failed = prefixedErrors(validate32.errors, instancePath + "/data");
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
        validate96.errors = [
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
    validate96.errors = vErrors;
    return errors === 0;
  }
  const schema38 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_add" },
      data: { $ref: "#/components/schemas/MemberAddData" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
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
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_add" !== data.event_name) {
              validate98.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "member_add" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate37(data.data, noPathContext)) {
                const failed = prefixedErrors(validate37.errors, instancePath + "/data");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.resource_url !== undefined) {
                const _errs3 = errors;
                if (!validate35(data.resource_url, noPathContext)) {
                  const failed = prefixedErrors(validate35.errors, instancePath + "/resource_url");
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
  const schema39 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_update" },
      data: { $ref: "#/components/schemas/MemberEventBase" },
    },
  };
  function validate101(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate101.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_update" !== data.event_name) {
              validate101.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "member_update" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate38(data.data, noPathContext)) {
                const failed = prefixedErrors(validate38.errors, instancePath + "/data");
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
        validate101.errors = [
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
    validate101.errors = vErrors;
    return errors === 0;
  }
  const schema40 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_delete" },
      data: { $ref: "#/components/schemas/MemberEventBase" },
    },
  };
  function validate103(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate103.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_delete" !== data.event_name) {
              validate103.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "member_delete" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate38(data.data, noPathContext)) {
                const failed = prefixedErrors(validate38.errors, instancePath + "/data");
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
        validate103.errors = [
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
    validate103.errors = vErrors;
    return errors === 0;
  }
  const schema41 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_add_to_group" },
      data: { $ref: "#/components/schemas/GroupMembershipBase" },
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_add_to_group" !== data.event_name) {
              validate105.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "member_add_to_group" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate50(data.data, noPathContext)) {
                const failed = prefixedErrors(validate50.errors, instancePath + "/data");
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
  const schema42 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_remove_from_group" },
      data: { $ref: "#/components/schemas/GroupMembershipBase" },
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_remove_from_group" !== data.event_name) {
              validate107.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "member_remove_from_group" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate50(data.data, noPathContext)) {
                const failed = prefixedErrors(validate50.errors, instancePath + "/data");
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
  const schema43 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_create" },
      data: { $ref: "#/components/schemas/GroupCreateData" },
    },
  };
  function validate109(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate109.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("group_create" !== data.event_name) {
              validate109.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "group_create" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate55(data.data, noPathContext)) {
                const failed = prefixedErrors(validate55.errors, instancePath + "/data");
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
        validate109.errors = [
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
    validate109.errors = vErrors;
    return errors === 0;
  }
  const schema44 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_delete" },
      data: { $ref: "#/components/schemas/GroupEventBase" },
    },
  };
  function validate111(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate111.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("group_delete" !== data.event_name) {
              validate111.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "group_delete" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate56(data.data, noPathContext)) {
                const failed = prefixedErrors(validate56.errors, instancePath + "/data");
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
        validate111.errors = [
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
    validate111.errors = vErrors;
    return errors === 0;
  }
  const schema45 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_update" },
      data: { $ref: "#/components/schemas/GroupUpdateData" },
    },
  };
  function validate113(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate113.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("group_update" !== data.event_name) {
              validate113.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "group_update" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate67(data.data, noPathContext)) {
                const failed = prefixedErrors(validate67.errors, instancePath + "/data");
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
        validate113.errors = [
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
    validate113.errors = vErrors;
    return errors === 0;
  }
  const schema46 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_create" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
    },
  };
  function validate115(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate115.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("field_create" !== data.event_name) {
              validate115.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "field_create" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate70(data.data, noPathContext)) {
                const failed = prefixedErrors(validate70.errors, instancePath + "/data");
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
        validate115.errors = [
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
    validate115.errors = vErrors;
    return errors === 0;
  }
  const schema47 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_delete" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("field_delete" !== data.event_name) {
              validate117.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "field_delete" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate70(data.data, noPathContext)) {
                const failed = prefixedErrors(validate70.errors, instancePath + "/data");
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
  const schema48 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_update" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
    },
  };
  function validate119(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
        ) {
          validate119.errors = [
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("field_update" !== data.event_name) {
              validate119.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "field_update" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate70(data.data, noPathContext)) {
                const failed = prefixedErrors(validate70.errors, instancePath + "/data");
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
        validate119.errors = [
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
    validate119.errors = vErrors;
    return errors === 0;
  }
  const schema49 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_status_update" },
      data: { $ref: "#/components/schemas/MemberStatusUpdateData" },
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_status_update" !== data.event_name) {
              validate121.errors = [
                {
                  instancePath: instancePath + "/event_name",
                  schemaPath: "#/properties/event_name/const",
                  keyword: "const",
                  params: { allowedValue: "member_status_update" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== undefined) {
              const _errs2 = errors;
              if (!validate74(data.data, noPathContext)) {
                const failed = prefixedErrors(validate74.errors, instancePath + "/data");
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
  const schema50 = { type: "array", items: { $ref: "#/components/schemas/Webhook" } };
  const schema51 = {
    type: "object",
    required: ["url", "webhook_id", "method", "account_id", "event"],
    properties: {
      url: { type: "string" },
      webhook_id: { $ref: "#/components/schemas/WebhookId" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      event: { $ref: "#/components/schemas/EventName" },
    },
  };
  const schema52 = { type: "integer" };
  function validate125(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate125.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        },
      ];
      return false;
    }
    validate125.errors = vErrors;
    return errors === 0;
  }
  const schema53 = { type: "string", enum: ["POST", "GET"], default: "POST" };
  function validate127(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate127.errors = [
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
    if (!(data === "POST" || data === "GET")) {
      validate127.errors = [
        {
          instancePath,
          schemaPath: "#/enum",
          keyword: "enum",
          params: { allowedValues: schema53.enum },
          message: "must be equal to one of the allowed values",
        },
      ];
      return false;
    }
    validate127.errors = vErrors;
    return errors === 0;
  }
  const schema54 = { type: "string" };
  function validate130(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate130.errors = [
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
    validate130.errors = vErrors;
    return errors === 0;
  }
  function validate124(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.url === undefined && (missing0 = "url")) ||
          (data.webhook_id === undefined && (missing0 = "webhook_id")) ||
          (data.method === undefined && (missing0 = "method")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.event === undefined && (missing0 = "event"))
        ) {
          validate124.errors = [
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
          if (data.url !== undefined) {
            const _errs1 = errors;
            if (typeof data.url !== "string") {
              validate124.errors = [
                {
                  instancePath: instancePath + "/url",
                  schemaPath: "#/properties/url/type",
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
            if (data.webhook_id !== undefined) {
              const _errs3 = errors;
              if (!validate125(data.webhook_id, noPathContext)) {
                const failed = prefixedErrors(validate125.errors, instancePath + "/webhook_id");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.method !== undefined) {
                const _errs4 = errors;
                if (!validate127(data.method, noPathContext)) {
                  const failed = prefixedErrors(validate127.errors, instancePath + "/method");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account_id !== undefined) {
                  const _errs5 = errors;
                  if (!validate3(data.account_id, noPathContext)) {
                    const failed = prefixedErrors(validate3.errors, instancePath + "/account_id");
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.event !== undefined) {
                    const _errs6 = errors;
                    if (!validate130(data.event, noPathContext)) {
                      const failed = prefixedErrors(validate130.errors, instancePath + "/event");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
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
        validate124.errors = [
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
    validate124.errors = vErrors;
    return errors === 0;
  }
  function validate123(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (Array.isArray(data)) {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          const _errs1 = errors;
          if (!validate124(data[i0], noPathContext)) {
            const failed = prefixedErrors(validate124.errors, instancePath + "/" + i0);
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      } else {
        validate123.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          },
        ];
        return false;
      }
    }
    validate123.errors = vErrors;
    return errors === 0;
  }
  const schema55 = {
    type: "object",
    required: ["error"],
    properties: { error: { type: "string" } },
  };
  function validate133(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.error === undefined && (missing0 = "error")) {
          validate133.errors = [
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
          if (data.error !== undefined) {
            if (typeof data.error !== "string") {
              validate133.errors = [
                {
                  instancePath: instancePath + "/error",
                  schemaPath: "#/properties/error/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
        }
      } else {
        validate133.errors = [
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
    validate133.errors = vErrors;
    return errors === 0;
  }
  const schema56 = {
    type: "object",
    required: ["event", "url"],
    properties: {
      event: { $ref: "#/components/schemas/EventName" },
      url: { type: "string", format: "uri" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      public_key: { type: "string" },
    },
  };
  function validate134(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.event === undefined && (missing0 = "event")) ||
          (data.url === undefined && (missing0 = "url"))
        ) {
          validate134.errors = [
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
          if (data.event !== undefined) {
            const _errs1 = errors;
            if (!validate130(data.event, noPathContext)) {
              const failed = prefixedErrors(validate130.errors, instancePath + "/event");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== undefined) {
              const _errs2 = errors;
              if (errors === _errs2) {
                if (errors === _errs2) {
                  if (!(typeof data.url === "string")) {
                    validate134.errors = [
                      {
                        instancePath: instancePath + "/url",
                        schemaPath: "#/properties/url/type",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.method !== undefined) {
                const _errs4 = errors;
                if (!validate127(data.method, noPathContext)) {
                  const failed = prefixedErrors(validate127.errors, instancePath + "/method");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.public_key !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.public_key !== "string") {
                    validate134.errors = [
                      {
                        instancePath: instancePath + "/public_key",
                        schemaPath: "#/properties/public_key/type",
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
              }
            }
          }
        }
      } else {
        validate134.errors = [
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
    validate134.errors = vErrors;
    return errors === 0;
  }
  function validate137(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate137.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        },
      ];
      return false;
    }
    validate137.errors = vErrors;
    return errors === 0;
  }
  function validate138(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.error === undefined && (missing0 = "error")) {
          validate138.errors = [
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
          if (data.error !== undefined) {
            if (typeof data.error !== "string") {
              validate138.errors = [
                {
                  instancePath: instancePath + "/error",
                  schemaPath: "#/properties/error/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
        }
      } else {
        validate138.errors = [
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
    validate138.errors = vErrors;
    return errors === 0;
  }
  const schema59 = { const: true, type: "boolean" };
  function validate139(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
      validate139.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        },
      ];
      return false;
    }
    if (true !== data) {
      validate139.errors = [
        {
          instancePath,
          schemaPath: "#/const",
          keyword: "const",
          params: { allowedValue: true },
          message: "must be equal to constant",
        },
      ];
      return false;
    }
    validate139.errors = vErrors;
    return errors === 0;
  }
  const schema60 = { type: "array", items: { $ref: "#/components/schemas/WebhookEvent" } };
  const schema61 = {
    type: "object",
    required: ["event_name", "webhook_event_id", "description"],
    properties: {
      event_name: { $ref: "#/components/schemas/EventName" },
      webhook_event_id: { type: "integer" },
      description: { type: "string" },
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.webhook_event_id === undefined && (missing0 = "webhook_event_id")) ||
          (data.description === undefined && (missing0 = "description"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if (!validate130(data.event_name, noPathContext)) {
              const failed = prefixedErrors(validate130.errors, instancePath + "/event_name");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.webhook_event_id !== undefined) {
              let data1 = data.webhook_event_id;
              const _errs2 = errors;
              if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1))) {
                validate141.errors = [
                  {
                    instancePath: instancePath + "/webhook_event_id",
                    schemaPath: "#/properties/webhook_event_id/type",
                    keyword: "type",
                    params: { type: "integer" },
                    message: "must be integer",
                  },
                ];
                return false;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.description !== undefined) {
                const _errs4 = errors;
                if (typeof data.description !== "string") {
                  validate141.errors = [
                    {
                      instancePath: instancePath + "/description",
                      schemaPath: "#/properties/description/type",
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
  function validate140(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (Array.isArray(data)) {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          const _errs1 = errors;
          if (!validate141(data[i0], noPathContext)) {
            const failed = prefixedErrors(validate141.errors, instancePath + "/" + i0);
            vErrors = vErrors === null ? failed : vErrors.concat(failed);
            errors += failed.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      } else {
        validate140.errors = [
          {
            instancePath,
            schemaPath: "#/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
          },
        ];
        return false;
      }
    }
    validate140.errors = vErrors;
    return errors === 0;
  }
  function validate144(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.url === undefined && (missing0 = "url")) ||
          (data.webhook_id === undefined && (missing0 = "webhook_id")) ||
          (data.method === undefined && (missing0 = "method")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.event === undefined && (missing0 = "event"))
        ) {
          validate144.errors = [
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
          if (data.url !== undefined) {
            const _errs1 = errors;
            if (typeof data.url !== "string") {
              validate144.errors = [
                {
                  instancePath: instancePath + "/url",
                  schemaPath: "#/properties/url/type",
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
            if (data.webhook_id !== undefined) {
              const _errs3 = errors;
              if (!validate125(data.webhook_id, noPathContext)) {
                const failed = prefixedErrors(validate125.errors, instancePath + "/webhook_id");
                vErrors = vErrors === null ? failed : vErrors.concat(failed);
                errors += failed.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.method !== undefined) {
                const _errs4 = errors;
                if (!validate127(data.method, noPathContext)) {
                  const failed = prefixedErrors(validate127.errors, instancePath + "/method");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account_id !== undefined) {
                  const _errs5 = errors;
                  if (!validate3(data.account_id, noPathContext)) {
                    const failed = prefixedErrors(validate3.errors, instancePath + "/account_id");
                    vErrors = vErrors === null ? failed : vErrors.concat(failed);
                    errors += failed.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.event !== undefined) {
                    const _errs6 = errors;
                    if (!validate130(data.event, noPathContext)) {
                      const failed = prefixedErrors(validate130.errors, instancePath + "/event");
                      vErrors = vErrors === null ? failed : vErrors.concat(failed);
                      errors += failed.length;
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
        validate144.errors = [
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
    validate144.errors = vErrors;
    return errors === 0;
  }
  function validate149(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.error === undefined && (missing0 = "error")) {
          validate149.errors = [
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
          if (data.error !== undefined) {
            if (typeof data.error !== "string") {
              validate149.errors = [
                {
                  instancePath: instancePath + "/error",
                  schemaPath: "#/properties/error/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
        }
      } else {
        validate149.errors = [
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
    validate149.errors = vErrors;
    return errors === 0;
  }
  const schema64 = {
    type: "object",
    minProperties: 1,
    properties: {
      event: { $ref: "#/components/schemas/EventName" },
      url: { type: "string", format: "uri" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      public_key: { type: "string" },
    },
  };
  function validate150(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length < 1) {
          validate150.errors = [
            {
              instancePath,
              schemaPath: "#/minProperties",
              keyword: "minProperties",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 properties",
            },
          ];
          return false;
        } else {
          if (data.event !== undefined) {
            const _errs1 = errors;
            if (!validate130(data.event, noPathContext)) {
              const failed = prefixedErrors(validate130.errors, instancePath + "/event");
              vErrors = vErrors === null ? failed : vErrors.concat(failed);
              errors += failed.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== undefined) {
              const _errs2 = errors;
              if (errors === _errs2) {
                if (errors === _errs2) {
                  if (!(typeof data.url === "string")) {
                    validate150.errors = [
                      {
                        instancePath: instancePath + "/url",
                        schemaPath: "#/properties/url/type",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.method !== undefined) {
                const _errs4 = errors;
                if (!validate127(data.method, noPathContext)) {
                  const failed = prefixedErrors(validate127.errors, instancePath + "/method");
                  vErrors = vErrors === null ? failed : vErrors.concat(failed);
                  errors += failed.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.public_key !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.public_key !== "string") {
                    validate150.errors = [
                      {
                        instancePath: instancePath + "/public_key",
                        schemaPath: "#/properties/public_key/type",
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
              }
            }
          }
        }
      } else {
        validate150.errors = [
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
    validate150.errors = vErrors;
    return errors === 0;
  }
  function validate153(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate153.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
        },
      ];
      return false;
    }
    validate153.errors = vErrors;
    return errors === 0;
  }
  function validate154(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
      validate154.errors = [
        {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        },
      ];
      return false;
    }
    if (true !== data) {
      validate154.errors = [
        {
          instancePath,
          schemaPath: "#/const",
          keyword: "const",
          params: { allowedValue: true },
          message: "must be equal to constant",
        },
      ];
      return false;
    }
    validate154.errors = vErrors;
    return errors === 0;
  }
  return {
    v_member_signup_payload: validate1,
    v_message_open_payload: validate10,
    v_message_click_payload: validate18,
    v_member_optout_payload: validate10,
    v_message_share_payload: validate20,
    v_message_share_click_payload: validate24,
    v_message_forward_payload: validate10,
    v_mailing_finish_payload: validate27,
    v_import_finish_payload: validate32,
    v_member_add_payload: validate37,
    v_member_update_payload: validate46,
    v_member_delete_payload: validate46,
    v_member_add_to_group_payload: validate50,
    v_member_remove_from_group_payload: validate50,
    v_group_create_payload: validate55,
    v_group_delete_payload: validate63,
    v_group_update_payload: validate67,
    v_field_create_payload: validate70,
    v_field_delete_payload: validate70,
    v_field_update_payload: validate70,
    v_member_status_update_payload: validate74,
    v_member_signup_body: validate80,
    v_message_open_body: validate82,
    v_message_click_body: validate84,
    v_member_optout_body: validate86,
    v_message_share_body: validate88,
    v_message_share_click_body: validate90,
    v_message_forward_body: validate92,
    v_mailing_finish_body: validate94,
    v_import_finish_body: validate96,
    v_member_add_body: validate98,
    v_member_update_body: validate101,
    v_member_delete_body: validate103,
    v_member_add_to_group_body: validate105,
    v_member_remove_from_group_body: validate107,
    v_group_create_body: validate109,
    v_group_delete_body: validate111,
    v_group_update_body: validate113,
    v_field_create_body: validate115,
    v_field_delete_body: validate117,
    v_field_update_body: validate119,
    v_member_status_update_body: validate121,
    v_listWebhooks_200: validate123,
    v_listWebhooks_401: validate133,
    v_createWebhook_request: validate134,
    v_createWebhook_200: validate137,
    v_createWebhook_400: validate138,
    v_createWebhook_401: validate133,
    v_deleteAllWebhooks_200: validate139,
    v_deleteAllWebhooks_401: validate133,
    v_listWebhookEvents_200: validate140,
    v_listWebhookEvents_401: validate133,
    v_getWebhook_200: validate144,
    v_getWebhook_401: validate133,
    v_getWebhook_404: validate149,
    v_updateWebhook_request: validate150,
    v_updateWebhook_200: validate153,
    v_updateWebhook_400: validate138,
    v_updateWebhook_401: validate133,
    v_updateWebhook_404: validate149,
    v_deleteWebhook_200: validate154,
    v_deleteWebhook_401: validate133,
    v_deleteWebhook_404: validate149,
  };
})();
export const full = (() => {
  const schema1 = {
    type: "object",
    properties: {
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      member_id: { $ref: "#/components/schemas/MemberId" },
      mailing_id: { $ref: "#/components/schemas/MailingId" },
    },
  };
  const schema2 = { oneOf: [{ $ref: "#/components/schemas/AccountId" }, { type: "null" }] };
  const schema3 = { type: "integer" };
  function validate3(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
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
    validate3.errors = vErrors;
    return errors === 0;
  }
  function validate2(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs1 = errors;
    if (!validate3(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs1 === errors;
    if (_valid0) {
      valid0 = true;
      passing0 = 0;
    }
    const _errs2 = errors;
    if (data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/oneOf/1/type",
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
    var _valid0 = _errs2 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 1;
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
      errors = _errs0;
      if (vErrors !== null) {
        if (_errs0) {
          vErrors.length = _errs0;
        } else {
          vErrors = null;
        }
      }
    }
    validate2.errors = vErrors;
    return errors === 0;
  }
  const schema4 = { type: ["integer", "null"] };
  function validate6(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data)) && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema4.type },
        message: "must be integer,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate6.errors = vErrors;
    return errors === 0;
  }
  const schema5 = { type: ["integer", "null"] };
  function validate8(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data)) && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema5.type },
        message: "must be integer,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate8.errors = vErrors;
    return errors === 0;
  }
  function validate1(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.member_id !== undefined) {
        if (
          !validate6(data.member_id, {
            instancePath: instancePath + "/member_id",
            parentData: data,
            parentDataProperty: "member_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
      if (data.mailing_id !== undefined) {
        if (
          !validate8(data.mailing_id, {
            instancePath: instancePath + "/mailing_id",
            parentData: data,
            parentDataProperty: "mailing_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate1.errors = vErrors;
    return errors === 0;
  }
  const schema6 = {
    type: "object",
    properties: {
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      member_id: { $ref: "#/components/schemas/MemberId" },
      mailing_id: { $ref: "#/components/schemas/MailingId" },
      subject: { $ref: "#/components/schemas/MailingSubject" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  const schema7 = { type: ["string", "null"] };
  function validate14(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema7.type },
        message: "must be string,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate14.errors = vErrors;
    return errors === 0;
  }
  const schema8 = { type: ["string", "null"] };
  function validate16(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema8.type },
        message: "must be string,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
  }
  function validate10(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.member_id !== undefined) {
        if (
          !validate6(data.member_id, {
            instancePath: instancePath + "/member_id",
            parentData: data,
            parentDataProperty: "member_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
      if (data.mailing_id !== undefined) {
        if (
          !validate8(data.mailing_id, {
            instancePath: instancePath + "/mailing_id",
            parentData: data,
            parentDataProperty: "mailing_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
          errors = vErrors.length;
        }
      }
      if (data.subject !== undefined) {
        if (
          !validate14(data.subject, {
            instancePath: instancePath + "/subject",
            parentData: data,
            parentDataProperty: "subject",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate10.errors = vErrors;
    return errors === 0;
  }
  const schema9 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    properties: { link_id: { type: ["integer", "null"] } },
  };
  function validate18(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate10(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.link_id !== undefined) {
        let data0 = data.link_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
          const err0 = {
            instancePath: instancePath + "/link_id",
            schemaPath: "#/properties/link_id/type",
            keyword: "type",
            params: { type: schema9.properties.link_id.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
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
    validate18.errors = vErrors;
    return errors === 0;
  }
  const schema10 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    properties: { network: { $ref: "#/components/schemas/SocialNetwork" } },
  };
  const schema11 = { type: ["string", "null"] };
  function validate22(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema11.type },
        message: "must be string,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate22.errors = vErrors;
    return errors === 0;
  }
  function validate20(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate10(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.network !== undefined) {
        if (
          !validate22(data.network, {
            instancePath: instancePath + "/network",
            parentData: data,
            parentDataProperty: "network",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate20.errors = vErrors;
    return errors === 0;
  }
  const schema12 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    properties: { network: { $ref: "#/components/schemas/SocialNetwork" } },
  };
  function validate24(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate10(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.network !== undefined) {
        if (
          !validate22(data.network, {
            instancePath: instancePath + "/network",
            parentData: data,
            parentDataProperty: "network",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate24.errors = vErrors;
    return errors === 0;
  }
  const schema13 = {
    type: "object",
    properties: {
      mailing_id: { $ref: "#/components/schemas/MailingId" },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      subject: { $ref: "#/components/schemas/MailingSubject" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  function validate27(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.mailing_id !== undefined) {
        if (
          !validate8(data.mailing_id, {
            instancePath: instancePath + "/mailing_id",
            parentData: data,
            parentDataProperty: "mailing_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
          errors = vErrors.length;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.subject !== undefined) {
        if (
          !validate14(data.subject, {
            instancePath: instancePath + "/subject",
            parentData: data,
            parentDataProperty: "subject",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate27.errors = vErrors;
    return errors === 0;
  }
  const schema14 = {
    type: "object",
    properties: {
      import_id: { type: ["integer", "null"] },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
      group_ids: { type: ["array", "null"], items: { type: "integer" } },
      contact_count: { type: ["integer", "null"] },
    },
  };
  const schema15 = { type: ["string", "null"] };
  function validate35(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema15.type },
        message: "must be string,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate35.errors = vErrors;
    return errors === 0;
  }
  function validate32(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.import_id !== undefined) {
        let data0 = data.import_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
          const err0 = {
            instancePath: instancePath + "/import_id",
            schemaPath: "#/properties/import_id/type",
            keyword: "type",
            params: { type: schema14.properties.import_id.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate35(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
          errors = vErrors.length;
        }
      }
      if (data.group_ids !== undefined) {
        let data4 = data.group_ids;
        if (!Array.isArray(data4) && data4 !== null) {
          const err1 = {
            instancePath: instancePath + "/group_ids",
            schemaPath: "#/properties/group_ids/type",
            keyword: "type",
            params: { type: schema14.properties.group_ids.type },
            message: "must be array,null",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (Array.isArray(data4)) {
          const len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data5 = data4[i0];
            if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5))) {
              const err2 = {
                instancePath: instancePath + "/group_ids/" + i0,
                schemaPath: "#/properties/group_ids/items/type",
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
        }
      }
      if (data.contact_count !== undefined) {
        let data6 = data.contact_count;
        if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6)) && data6 !== null) {
          const err3 = {
            instancePath: instancePath + "/contact_count",
            schemaPath: "#/properties/contact_count/type",
            keyword: "type",
            params: { type: schema14.properties.contact_count.type },
            message: "must be integer,null",
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
    validate32.errors = vErrors;
    return errors === 0;
  }
  const schema16 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MemberEventBase" }],
    properties: {
      signup_form_id: { type: ["integer", "null"] },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
      group_ids: { $ref: "#/components/schemas/IdList" },
    },
  };
  const schema17 = {
    type: "object",
    properties: {
      member_id: { $ref: "#/components/schemas/MemberId" },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  function validate38(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.member_id !== undefined) {
        if (
          !validate6(data.member_id, {
            instancePath: instancePath + "/member_id",
            parentData: data,
            parentDataProperty: "member_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate38.errors = vErrors;
    return errors === 0;
  }
  const schema18 = {
    oneOf: [{ type: "array", items: { type: "integer" } }, { const: "all" }, { type: "null" }],
  };
  function validate44(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs1 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err0 = {
            instancePath: instancePath + "/" + i0,
            schemaPath: "#/oneOf/0/items/type",
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
    } else {
      const err1 = {
        instancePath,
        schemaPath: "#/oneOf/0/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs1 === errors;
    if (_valid0) {
      valid0 = true;
      passing0 = 0;
    }
    const _errs5 = errors;
    if ("all" !== data) {
      const err2 = {
        instancePath,
        schemaPath: "#/oneOf/1/const",
        keyword: "const",
        params: { allowedValue: "all" },
        message: "must be equal to constant",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs5 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 1;
      }
      const _errs6 = errors;
      if (data !== null) {
        const err3 = {
          instancePath,
          schemaPath: "#/oneOf/2/type",
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
      var _valid0 = _errs6 === errors;
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
      const err4 = {
        instancePath,
        schemaPath: "#/oneOf",
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
      errors = _errs0;
      if (vErrors !== null) {
        if (_errs0) {
          vErrors.length = _errs0;
        } else {
          vErrors = null;
        }
      }
    }
    validate44.errors = vErrors;
    return errors === 0;
  }
  function validate37(
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
      if (data.signup_form_id !== undefined) {
        let data0 = data.signup_form_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
          const err0 = {
            instancePath: instancePath + "/signup_form_id",
            schemaPath: "#/properties/signup_form_id/type",
            keyword: "type",
            params: { type: schema16.properties.signup_form_id.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate35(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
          errors = vErrors.length;
        }
      }
      if (data.group_ids !== undefined) {
        if (
          !validate44(data.group_ids, {
            instancePath: instancePath + "/group_ids",
            parentData: data,
            parentDataProperty: "group_ids",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
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
    validate37.errors = vErrors;
    return errors === 0;
  }
  function validate46(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.member_id !== undefined) {
        if (
          !validate6(data.member_id, {
            instancePath: instancePath + "/member_id",
            parentData: data,
            parentDataProperty: "member_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate46.errors = vErrors;
    return errors === 0;
  }
  const schema20 = {
    type: "object",
    properties: {
      member_ids: { $ref: "#/components/schemas/IdList" },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      group_ids: { $ref: "#/components/schemas/IdList" },
    },
  };
  function validate50(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.member_ids !== undefined) {
        if (
          !validate44(data.member_ids, {
            instancePath: instancePath + "/member_ids",
            parentData: data,
            parentDataProperty: "member_ids",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
          errors = vErrors.length;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
      if (data.group_ids !== undefined) {
        if (
          !validate44(data.group_ids, {
            instancePath: instancePath + "/group_ids",
            parentData: data,
            parentDataProperty: "group_ids",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate50.errors = vErrors;
    return errors === 0;
  }
  const schema21 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/GroupEventBase" }],
    properties: { group_name: { $ref: "#/components/schemas/GroupName" } },
  };
  const schema22 = {
    type: "object",
    properties: {
      group_id: { type: ["integer", "null"] },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  function validate56(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.group_id !== undefined) {
        let data0 = data.group_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
          const err0 = {
            instancePath: instancePath + "/group_id",
            schemaPath: "#/properties/group_id/type",
            keyword: "type",
            params: { type: schema22.properties.group_id.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate35(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
    validate56.errors = vErrors;
    return errors === 0;
  }
  const schema23 = { type: ["string", "null"] };
  function validate61(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema23.type },
        message: "must be string,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate61.errors = vErrors;
    return errors === 0;
  }
  function validate55(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.group_name !== undefined) {
        if (
          !validate61(data.group_name, {
            instancePath: instancePath + "/group_name",
            parentData: data,
            parentDataProperty: "group_name",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate55.errors = vErrors;
    return errors === 0;
  }
  function validate63(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.group_id !== undefined) {
        let data0 = data.group_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
          const err0 = {
            instancePath: instancePath + "/group_id",
            schemaPath: "#/properties/group_id/type",
            keyword: "type",
            params: { type: schema22.properties.group_id.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate35(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
    validate63.errors = vErrors;
    return errors === 0;
  }
  const schema25 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/GroupEventBase" }],
    properties: { group_name: { $ref: "#/components/schemas/GroupName" } },
  };
  function validate67(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.group_name !== undefined) {
        if (
          !validate61(data.group_name, {
            instancePath: instancePath + "/group_name",
            parentData: data,
            parentDataProperty: "group_name",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate67.errors = vErrors;
    return errors === 0;
  }
  const schema26 = {
    type: "object",
    properties: {
      field_id: { type: ["integer", "null"] },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  function validate70(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.field_id !== undefined) {
        let data0 = data.field_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0)) && data0 !== null) {
          const err0 = {
            instancePath: instancePath + "/field_id",
            schemaPath: "#/properties/field_id/type",
            keyword: "type",
            params: { type: schema26.properties.field_id.type },
            message: "must be integer,null",
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate35(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
    validate70.errors = vErrors;
    return errors === 0;
  }
  const schema27 = {
    type: "object",
    properties: {
      member_ids: { $ref: "#/components/schemas/IdList" },
      account_id: { $ref: "#/components/schemas/DeliveredAccountId" },
      new_status: { $ref: "#/components/schemas/MemberStatus" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  const schema28 = { type: ["string", "null"] };
  function validate77(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string" && data !== null) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: schema28.type },
        message: "must be string,null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate77.errors = vErrors;
    return errors === 0;
  }
  function validate74(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.member_ids !== undefined) {
        if (
          !validate44(data.member_ids, {
            instancePath: instancePath + "/member_ids",
            parentData: data,
            parentDataProperty: "member_ids",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
          errors = vErrors.length;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate2(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
      if (data.new_status !== undefined) {
        if (
          !validate77(data.new_status, {
            instancePath: instancePath + "/new_status",
            parentData: data,
            parentDataProperty: "new_status",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate16(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
    } else {
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
    validate74.errors = vErrors;
    return errors === 0;
  }
  const schema29 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_signup" },
      data: { $ref: "#/components/schemas/MemberSignupData" },
    },
  };
  function validate80(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("member_signup" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "member_signup" },
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
      if (data.data !== undefined) {
        if (
          !validate1(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
          errors = vErrors.length;
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
    validate80.errors = vErrors;
    return errors === 0;
  }
  const schema30 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_open" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate82(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("message_open" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "message_open" },
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
      if (data.data !== undefined) {
        if (
          !validate10(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
          errors = vErrors.length;
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
    validate82.errors = vErrors;
    return errors === 0;
  }
  const schema31 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_click" },
      data: { $ref: "#/components/schemas/MessageClickData" },
    },
  };
  function validate84(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("message_click" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "message_click" },
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
      if (data.data !== undefined) {
        if (
          !validate18(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
          errors = vErrors.length;
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
    validate84.errors = vErrors;
    return errors === 0;
  }
  const schema32 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_optout" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate86(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("member_optout" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "member_optout" },
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
      if (data.data !== undefined) {
        if (
          !validate10(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
          errors = vErrors.length;
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
    validate86.errors = vErrors;
    return errors === 0;
  }
  const schema33 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_share" },
      data: { $ref: "#/components/schemas/MessageShareData" },
    },
  };
  function validate88(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("message_share" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "message_share" },
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
      if (data.data !== undefined) {
        if (
          !validate20(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
          errors = vErrors.length;
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
    validate88.errors = vErrors;
    return errors === 0;
  }
  const schema34 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_share_click" },
      data: { $ref: "#/components/schemas/MessageShareClickData" },
    },
  };
  function validate90(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("message_share_click" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "message_share_click" },
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
      if (data.data !== undefined) {
        if (
          !validate24(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
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
    validate90.errors = vErrors;
    return errors === 0;
  }
  const schema35 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_forward" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate92(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("message_forward" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "message_forward" },
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
      if (data.data !== undefined) {
        if (
          !validate10(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
          errors = vErrors.length;
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
    validate92.errors = vErrors;
    return errors === 0;
  }
  const schema36 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "mailing_finish" },
      data: { $ref: "#/components/schemas/MailingFinishData" },
    },
  };
  function validate94(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("mailing_finish" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "mailing_finish" },
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
      if (data.data !== undefined) {
        if (
          !validate27(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
          errors = vErrors.length;
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
  const schema37 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "import_finish" },
      data: { $ref: "#/components/schemas/ImportFinishData" },
    },
  };
  function validate96(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("import_finish" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "import_finish" },
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
      if (data.data !== undefined) {
        if (
          !validate32(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
          errors = vErrors.length;
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
    validate96.errors = vErrors;
    return errors === 0;
  }
  const schema38 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_add" },
      data: { $ref: "#/components/schemas/MemberAddData" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  function validate98(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("member_add" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "member_add" },
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
      if (data.data !== undefined) {
        if (
          !validate37(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate35(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
          errors = vErrors.length;
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
    validate98.errors = vErrors;
    return errors === 0;
  }
  const schema39 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_update" },
      data: { $ref: "#/components/schemas/MemberEventBase" },
    },
  };
  function validate101(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("member_update" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "member_update" },
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
      if (data.data !== undefined) {
        if (
          !validate38(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
          errors = vErrors.length;
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
    validate101.errors = vErrors;
    return errors === 0;
  }
  const schema40 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_delete" },
      data: { $ref: "#/components/schemas/MemberEventBase" },
    },
  };
  function validate103(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("member_delete" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "member_delete" },
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
      if (data.data !== undefined) {
        if (
          !validate38(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
          errors = vErrors.length;
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
    validate103.errors = vErrors;
    return errors === 0;
  }
  const schema41 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_add_to_group" },
      data: { $ref: "#/components/schemas/GroupMembershipBase" },
    },
  };
  function validate105(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("member_add_to_group" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "member_add_to_group" },
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
      if (data.data !== undefined) {
        if (
          !validate50(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
          errors = vErrors.length;
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
    validate105.errors = vErrors;
    return errors === 0;
  }
  const schema42 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_remove_from_group" },
      data: { $ref: "#/components/schemas/GroupMembershipBase" },
    },
  };
  function validate107(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("member_remove_from_group" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "member_remove_from_group" },
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
      if (data.data !== undefined) {
        if (
          !validate50(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
          errors = vErrors.length;
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
    validate107.errors = vErrors;
    return errors === 0;
  }
  const schema43 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_create" },
      data: { $ref: "#/components/schemas/GroupCreateData" },
    },
  };
  function validate109(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("group_create" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "group_create" },
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
      if (data.data !== undefined) {
        if (
          !validate55(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
          errors = vErrors.length;
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
    validate109.errors = vErrors;
    return errors === 0;
  }
  const schema44 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_delete" },
      data: { $ref: "#/components/schemas/GroupEventBase" },
    },
  };
  function validate111(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("group_delete" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "group_delete" },
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
      if (data.data !== undefined) {
        if (
          !validate56(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
          errors = vErrors.length;
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
    validate111.errors = vErrors;
    return errors === 0;
  }
  const schema45 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_update" },
      data: { $ref: "#/components/schemas/GroupUpdateData" },
    },
  };
  function validate113(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("group_update" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "group_update" },
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
      if (data.data !== undefined) {
        if (
          !validate67(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
          errors = vErrors.length;
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
    validate113.errors = vErrors;
    return errors === 0;
  }
  const schema46 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_create" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
    },
  };
  function validate115(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("field_create" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "field_create" },
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
      if (data.data !== undefined) {
        if (
          !validate70(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
          errors = vErrors.length;
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
    validate115.errors = vErrors;
    return errors === 0;
  }
  const schema47 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_delete" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
    },
  };
  function validate117(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("field_delete" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "field_delete" },
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
      if (data.data !== undefined) {
        if (
          !validate70(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
          errors = vErrors.length;
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
    validate117.errors = vErrors;
    return errors === 0;
  }
  const schema48 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_update" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
    },
  };
  function validate119(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("field_update" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "field_update" },
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
      if (data.data !== undefined) {
        if (
          !validate70(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
          errors = vErrors.length;
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
    validate119.errors = vErrors;
    return errors === 0;
  }
  const schema49 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_status_update" },
      data: { $ref: "#/components/schemas/MemberStatusUpdateData" },
    },
  };
  function validate121(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.data === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "data" },
          message: "must have required property '" + "data" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if ("member_status_update" !== data.event_name) {
          const err2 = {
            instancePath: instancePath + "/event_name",
            schemaPath: "#/properties/event_name/const",
            keyword: "const",
            params: { allowedValue: "member_status_update" },
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
      if (data.data !== undefined) {
        if (
          !validate74(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
          errors = vErrors.length;
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
    validate121.errors = vErrors;
    return errors === 0;
  }
  const schema50 = { type: "array", items: { $ref: "#/components/schemas/Webhook" } };
  const schema51 = {
    type: "object",
    required: ["url", "webhook_id", "method", "account_id", "event"],
    properties: {
      url: { type: "string" },
      webhook_id: { $ref: "#/components/schemas/WebhookId" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      event: { $ref: "#/components/schemas/EventName" },
    },
  };
  const schema52 = { type: "integer" };
  function validate125(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
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
    validate125.errors = vErrors;
    return errors === 0;
  }
  const schema53 = { type: "string", enum: ["POST", "GET"], default: "POST" };
  function validate127(
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
    if (!(data === "POST" || data === "GET")) {
      const err1 = {
        instancePath,
        schemaPath: "#/enum",
        keyword: "enum",
        params: { allowedValues: schema53.enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate127.errors = vErrors;
    return errors === 0;
  }
  const schema54 = { type: "string" };
  function validate130(
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
    validate130.errors = vErrors;
    return errors === 0;
  }
  function validate124(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.url === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "url" },
          message: "must have required property '" + "url" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.webhook_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "webhook_id" },
          message: "must have required property '" + "webhook_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.method === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "method" },
          message: "must have required property '" + "method" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.event === undefined) {
        const err4 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event" },
          message: "must have required property '" + "event" + "'",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.url !== undefined) {
        if (typeof data.url !== "string") {
          const err5 = {
            instancePath: instancePath + "/url",
            schemaPath: "#/properties/url/type",
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
      if (data.webhook_id !== undefined) {
        if (
          !validate125(data.webhook_id, {
            instancePath: instancePath + "/webhook_id",
            parentData: data,
            parentDataProperty: "webhook_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
          errors = vErrors.length;
        }
      }
      if (data.method !== undefined) {
        if (
          !validate127(data.method, {
            instancePath: instancePath + "/method",
            parentData: data,
            parentDataProperty: "method",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
          errors = vErrors.length;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate3(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.event !== undefined) {
        if (
          !validate130(data.event, {
            instancePath: instancePath + "/event",
            parentData: data,
            parentDataProperty: "event",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
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
    validate124.errors = vErrors;
    return errors === 0;
  }
  function validate123(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (
          !validate124(data[i0], {
            instancePath: instancePath + "/" + i0,
            parentData: data,
            parentDataProperty: i0,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate123.errors = vErrors;
    return errors === 0;
  }
  const schema55 = {
    type: "object",
    required: ["error"],
    properties: { error: { type: "string" } },
  };
  function validate133(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.error === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "error" },
          message: "must have required property '" + "error" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.error !== undefined) {
        if (typeof data.error !== "string") {
          const err1 = {
            instancePath: instancePath + "/error",
            schemaPath: "#/properties/error/type",
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
    validate133.errors = vErrors;
    return errors === 0;
  }
  const schema56 = {
    type: "object",
    required: ["event", "url"],
    properties: {
      event: { $ref: "#/components/schemas/EventName" },
      url: { type: "string", format: "uri" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      public_key: { type: "string" },
    },
  };
  function validate134(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event" },
          message: "must have required property '" + "event" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.url === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "url" },
          message: "must have required property '" + "url" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.event !== undefined) {
        if (
          !validate130(data.event, {
            instancePath: instancePath + "/event",
            parentData: data,
            parentDataProperty: "event",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
          errors = vErrors.length;
        }
      }
      if (data.url !== undefined) {
        if (!(typeof data.url === "string")) {
          const err2 = {
            instancePath: instancePath + "/url",
            schemaPath: "#/properties/url/type",
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
      if (data.method !== undefined) {
        if (
          !validate127(data.method, {
            instancePath: instancePath + "/method",
            parentData: data,
            parentDataProperty: "method",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
          errors = vErrors.length;
        }
      }
      if (data.public_key !== undefined) {
        if (typeof data.public_key !== "string") {
          const err3 = {
            instancePath: instancePath + "/public_key",
            schemaPath: "#/properties/public_key/type",
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
    validate134.errors = vErrors;
    return errors === 0;
  }
  function validate137(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
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
    validate137.errors = vErrors;
    return errors === 0;
  }
  function validate138(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.error === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "error" },
          message: "must have required property '" + "error" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.error !== undefined) {
        if (typeof data.error !== "string") {
          const err1 = {
            instancePath: instancePath + "/error",
            schemaPath: "#/properties/error/type",
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
    validate138.errors = vErrors;
    return errors === 0;
  }
  const schema59 = { const: true, type: "boolean" };
  function validate139(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (true !== data) {
      const err1 = {
        instancePath,
        schemaPath: "#/const",
        keyword: "const",
        params: { allowedValue: true },
        message: "must be equal to constant",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate139.errors = vErrors;
    return errors === 0;
  }
  const schema60 = { type: "array", items: { $ref: "#/components/schemas/WebhookEvent" } };
  const schema61 = {
    type: "object",
    required: ["event_name", "webhook_event_id", "description"],
    properties: {
      event_name: { $ref: "#/components/schemas/EventName" },
      webhook_event_id: { type: "integer" },
      description: { type: "string" },
    },
  };
  function validate141(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.event_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event_name" },
          message: "must have required property '" + "event_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.webhook_event_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "webhook_event_id" },
          message: "must have required property '" + "webhook_event_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.description === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "description" },
          message: "must have required property '" + "description" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.event_name !== undefined) {
        if (
          !validate130(data.event_name, {
            instancePath: instancePath + "/event_name",
            parentData: data,
            parentDataProperty: "event_name",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
          errors = vErrors.length;
        }
      }
      if (data.webhook_event_id !== undefined) {
        let data1 = data.webhook_event_id;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1))) {
          const err3 = {
            instancePath: instancePath + "/webhook_event_id",
            schemaPath: "#/properties/webhook_event_id/type",
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
      }
      if (data.description !== undefined) {
        if (typeof data.description !== "string") {
          const err4 = {
            instancePath: instancePath + "/description",
            schemaPath: "#/properties/description/type",
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
  function validate140(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (
          !validate141(data[i0], {
            instancePath: instancePath + "/" + i0,
            parentData: data,
            parentDataProperty: i0,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    validate140.errors = vErrors;
    return errors === 0;
  }
  function validate144(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.url === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "url" },
          message: "must have required property '" + "url" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.webhook_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "webhook_id" },
          message: "must have required property '" + "webhook_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.method === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "method" },
          message: "must have required property '" + "method" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.event === undefined) {
        const err4 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "event" },
          message: "must have required property '" + "event" + "'",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.url !== undefined) {
        if (typeof data.url !== "string") {
          const err5 = {
            instancePath: instancePath + "/url",
            schemaPath: "#/properties/url/type",
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
      if (data.webhook_id !== undefined) {
        if (
          !validate125(data.webhook_id, {
            instancePath: instancePath + "/webhook_id",
            parentData: data,
            parentDataProperty: "webhook_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
          errors = vErrors.length;
        }
      }
      if (data.method !== undefined) {
        if (
          !validate127(data.method, {
            instancePath: instancePath + "/method",
            parentData: data,
            parentDataProperty: "method",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
          errors = vErrors.length;
        }
      }
      if (data.account_id !== undefined) {
        if (
          !validate3(data.account_id, {
            instancePath: instancePath + "/account_id",
            parentData: data,
            parentDataProperty: "account_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
      }
      if (data.event !== undefined) {
        if (
          !validate130(data.event, {
            instancePath: instancePath + "/event",
            parentData: data,
            parentDataProperty: "event",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
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
    validate144.errors = vErrors;
    return errors === 0;
  }
  function validate149(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.error === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "error" },
          message: "must have required property '" + "error" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.error !== undefined) {
        if (typeof data.error !== "string") {
          const err1 = {
            instancePath: instancePath + "/error",
            schemaPath: "#/properties/error/type",
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
    validate149.errors = vErrors;
    return errors === 0;
  }
  const schema64 = {
    type: "object",
    minProperties: 1,
    properties: {
      event: { $ref: "#/components/schemas/EventName" },
      url: { type: "string", format: "uri" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      public_key: { type: "string" },
    },
  };
  function validate150(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        const err0 = {
          instancePath,
          schemaPath: "#/minProperties",
          keyword: "minProperties",
          params: { limit: 1 },
          message: "must NOT have fewer than 1 properties",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.event !== undefined) {
        if (
          !validate130(data.event, {
            instancePath: instancePath + "/event",
            parentData: data,
            parentDataProperty: "event",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
          errors = vErrors.length;
        }
      }
      if (data.url !== undefined) {
        if (!(typeof data.url === "string")) {
          const err1 = {
            instancePath: instancePath + "/url",
            schemaPath: "#/properties/url/type",
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
      if (data.method !== undefined) {
        if (
          !validate127(data.method, {
            instancePath: instancePath + "/method",
            parentData: data,
            parentDataProperty: "method",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
          errors = vErrors.length;
        }
      }
      if (data.public_key !== undefined) {
        if (typeof data.public_key !== "string") {
          const err2 = {
            instancePath: instancePath + "/public_key",
            schemaPath: "#/properties/public_key/type",
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
    validate150.errors = vErrors;
    return errors === 0;
  }
  function validate153(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
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
    validate153.errors = vErrors;
    return errors === 0;
  }
  function validate154(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
      const err0 = {
        instancePath,
        schemaPath: "#/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (true !== data) {
      const err1 = {
        instancePath,
        schemaPath: "#/const",
        keyword: "const",
        params: { allowedValue: true },
        message: "must be equal to constant",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate154.errors = vErrors;
    return errors === 0;
  }
  return {
    v_member_signup_payload: validate1,
    v_message_open_payload: validate10,
    v_message_click_payload: validate18,
    v_member_optout_payload: validate10,
    v_message_share_payload: validate20,
    v_message_share_click_payload: validate24,
    v_message_forward_payload: validate10,
    v_mailing_finish_payload: validate27,
    v_import_finish_payload: validate32,
    v_member_add_payload: validate37,
    v_member_update_payload: validate46,
    v_member_delete_payload: validate46,
    v_member_add_to_group_payload: validate50,
    v_member_remove_from_group_payload: validate50,
    v_group_create_payload: validate55,
    v_group_delete_payload: validate63,
    v_group_update_payload: validate67,
    v_field_create_payload: validate70,
    v_field_delete_payload: validate70,
    v_field_update_payload: validate70,
    v_member_status_update_payload: validate74,
    v_member_signup_body: validate80,
    v_message_open_body: validate82,
    v_message_click_body: validate84,
    v_member_optout_body: validate86,
    v_message_share_body: validate88,
    v_message_share_click_body: validate90,
    v_message_forward_body: validate92,
    v_mailing_finish_body: validate94,
    v_import_finish_body: validate96,
    v_member_add_body: validate98,
    v_member_update_body: validate101,
    v_member_delete_body: validate103,
    v_member_add_to_group_body: validate105,
    v_member_remove_from_group_body: validate107,
    v_group_create_body: validate109,
    v_group_delete_body: validate111,
    v_group_update_body: validate113,
    v_field_create_body: validate115,
    v_field_delete_body: validate117,
    v_field_update_body: validate119,
    v_member_status_update_body: validate121,
    v_listWebhooks_200: validate123,
    v_listWebhooks_401: validate133,
    v_createWebhook_request: validate134,
    v_createWebhook_200: validate137,
    v_createWebhook_400: validate138,
    v_createWebhook_401: validate133,
    v_deleteAllWebhooks_200: validate139,
    v_deleteAllWebhooks_401: validate133,
    v_listWebhookEvents_200: validate140,
    v_listWebhookEvents_401: validate133,
    v_getWebhook_200: validate144,
    v_getWebhook_401: validate133,
    v_getWebhook_404: validate149,
    v_updateWebhook_request: validate150,
    v_updateWebhook_200: validate153,
    v_updateWebhook_400: validate138,
    v_updateWebhook_401: validate133,
    v_updateWebhook_404: validate149,
    v_deleteWebhook_200: validate154,
    v_deleteWebhook_401: validate133,
    v_deleteWebhook_404: validate149,
  };
})();
