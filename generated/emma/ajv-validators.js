// This file was written by scripts/generate.ts (npm run generate) from openapi/emma.yaml.
// Do not edit it by hand: change the spec under openapi/ and regenerate.
/* eslint-disable */
export const fast = (() => {
  const schema1 = {
    type: "object",
    required: ["account_id", "member_id", "mailing_id"],
    properties: {
      account_id: { $ref: "#/components/schemas/AccountId" },
      member_id: { $ref: "#/components/schemas/MemberId" },
      mailing_id: { $ref: "#/components/schemas/MailingId" },
    },
  };
  const schema2 = { type: "integer" };
  function validate2(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate2.errors = [
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
    validate2.errors = vErrors;
    return errors === 0;
  }
  const schema3 = { type: "integer" };
  function validate4(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate4.errors = [
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
    validate4.errors = vErrors;
    return errors === 0;
  }
  const schema4 = { type: "integer" };
  function validate6(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate6.errors = [
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
    validate6.errors = vErrors;
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
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.member_id === undefined && (missing0 = "member_id")) ||
          (data.mailing_id === undefined && (missing0 = "mailing_id"))
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
          if (data.account_id !== undefined) {
            const _errs1 = errors;
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
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.member_id !== undefined) {
              const _errs2 = errors;
              if (
                !validate4(data.member_id, {
                  instancePath: instancePath + "/member_id",
                  parentData: data,
                  parentDataProperty: "member_id",
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
              if (data.mailing_id !== undefined) {
                const _errs3 = errors;
                if (
                  !validate6(data.mailing_id, {
                    instancePath: instancePath + "/mailing_id",
                    parentData: data,
                    parentDataProperty: "mailing_id",
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
  const schema5 = {
    type: "object",
    required: ["account_id", "member_id", "mailing_id", "subject", "timestamp"],
    properties: {
      account_id: { $ref: "#/components/schemas/AccountId" },
      member_id: { $ref: "#/components/schemas/MemberId" },
      mailing_id: { $ref: "#/components/schemas/MailingId" },
      subject: { $ref: "#/components/schemas/MailingSubject" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  const schema6 = { type: "string" };
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
  const schema7 = { type: "string" };
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
    validate14.errors = vErrors;
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
        if (
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.member_id === undefined && (missing0 = "member_id")) ||
          (data.mailing_id === undefined && (missing0 = "mailing_id")) ||
          (data.subject === undefined && (missing0 = "subject")) ||
          (data.timestamp === undefined && (missing0 = "timestamp"))
        ) {
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
          if (data.account_id !== undefined) {
            const _errs1 = errors;
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
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.member_id !== undefined) {
              const _errs2 = errors;
              if (
                !validate4(data.member_id, {
                  instancePath: instancePath + "/member_id",
                  parentData: data,
                  parentDataProperty: "member_id",
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
              if (data.mailing_id !== undefined) {
                const _errs3 = errors;
                if (
                  !validate6(data.mailing_id, {
                    instancePath: instancePath + "/mailing_id",
                    parentData: data,
                    parentDataProperty: "mailing_id",
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
                if (data.subject !== undefined) {
                  const _errs4 = errors;
                  if (
                    !validate12(data.subject, {
                      instancePath: instancePath + "/subject",
                      parentData: data,
                      parentDataProperty: "subject",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.timestamp !== undefined) {
                    const _errs5 = errors;
                    if (
                      !validate14(data.timestamp, {
                        instancePath: instancePath + "/timestamp",
                        parentData: data,
                        parentDataProperty: "timestamp",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
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
  const schema8 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    required: ["link_id"],
    properties: { link_id: { type: "integer" } },
  };
  function validate16(
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
        if (data.link_id === undefined && (missing0 = "link_id")) {
          validate16.errors = [
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
          if (data.link_id !== undefined) {
            let data0 = data.link_id;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate16.errors = [
                {
                  instancePath: instancePath + "/link_id",
                  schemaPath: "#/properties/link_id/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                },
              ];
              return false;
            }
          }
        }
      } else {
        validate16.errors = [
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
    validate16.errors = vErrors;
    return errors === 0;
  }
  const schema9 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    required: ["network"],
    properties: { network: { $ref: "#/components/schemas/SocialNetwork" } },
  };
  const schema10 = { type: "string" };
  function validate20(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate20.errors = [
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
    validate20.errors = vErrors;
    return errors === 0;
  }
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
        if (data.network === undefined && (missing0 = "network")) {
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
          if (data.network !== undefined) {
            if (
              !validate20(data.network, {
                instancePath: instancePath + "/network",
                parentData: data,
                parentDataProperty: "network",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
              errors = vErrors.length;
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
  const schema11 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    required: ["network"],
    properties: { network: { $ref: "#/components/schemas/SocialNetwork" } },
  };
  function validate22(
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
        if (data.network === undefined && (missing0 = "network")) {
          validate22.errors = [
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
          if (data.network !== undefined) {
            if (
              !validate20(data.network, {
                instancePath: instancePath + "/network",
                parentData: data,
                parentDataProperty: "network",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate22.errors = [
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
    validate22.errors = vErrors;
    return errors === 0;
  }
  const schema12 = {
    type: "object",
    required: ["mailing_id", "account_id", "subject", "timestamp"],
    properties: {
      mailing_id: { $ref: "#/components/schemas/MailingId" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      subject: { $ref: "#/components/schemas/MailingSubject" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  function validate25(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.mailing_id === undefined && (missing0 = "mailing_id")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.subject === undefined && (missing0 = "subject")) ||
          (data.timestamp === undefined && (missing0 = "timestamp"))
        ) {
          validate25.errors = [
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
          if (data.mailing_id !== undefined) {
            const _errs1 = errors;
            if (
              !validate6(data.mailing_id, {
                instancePath: instancePath + "/mailing_id",
                parentData: data,
                parentDataProperty: "mailing_id",
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
            if (data.account_id !== undefined) {
              const _errs2 = errors;
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
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.subject !== undefined) {
                const _errs3 = errors;
                if (
                  !validate12(data.subject, {
                    instancePath: instancePath + "/subject",
                    parentData: data,
                    parentDataProperty: "subject",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timestamp !== undefined) {
                  const _errs4 = errors;
                  if (
                    !validate14(data.timestamp, {
                      instancePath: instancePath + "/timestamp",
                      parentData: data,
                      parentDataProperty: "timestamp",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      } else {
        validate25.errors = [
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
    validate25.errors = vErrors;
    return errors === 0;
  }
  const schema13 = {
    type: "object",
    required: ["import_id", "account_id", "timestamp", "resource_url"],
    properties: {
      import_id: { type: "integer" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
      group_ids: { type: "array", items: { type: "integer" } },
      contact_count: { type: "integer" },
    },
  };
  const schema14 = { type: "string" };
  function validate33(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate33.errors = [
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
    validate33.errors = vErrors;
    return errors === 0;
  }
  function validate30(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.import_id === undefined && (missing0 = "import_id")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.timestamp === undefined && (missing0 = "timestamp")) ||
          (data.resource_url === undefined && (missing0 = "resource_url"))
        ) {
          validate30.errors = [
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
          if (data.import_id !== undefined) {
            let data0 = data.import_id;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate30.errors = [
                {
                  instancePath: instancePath + "/import_id",
                  schemaPath: "#/properties/import_id/type",
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
            if (data.account_id !== undefined) {
              const _errs3 = errors;
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs4 = errors;
                if (
                  !validate14(data.timestamp, {
                    instancePath: instancePath + "/timestamp",
                    parentData: data,
                    parentDataProperty: "timestamp",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.resource_url !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate33(data.resource_url, {
                      instancePath: instancePath + "/resource_url",
                      parentData: data,
                      parentDataProperty: "resource_url",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.group_ids !== undefined) {
                    let data4 = data.group_ids;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (Array.isArray(data4)) {
                        var valid1 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data5 = data4[i0];
                          const _errs8 = errors;
                          if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5))) {
                            validate30.errors = [
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
                      } else {
                        validate30.errors = [
                          {
                            instancePath: instancePath + "/group_ids",
                            schemaPath: "#/properties/group_ids/type",
                            keyword: "type",
                            params: { type: "array" },
                            message: "must be array",
                          },
                        ];
                        return false;
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
                      if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6))) {
                        validate30.errors = [
                          {
                            instancePath: instancePath + "/contact_count",
                            schemaPath: "#/properties/contact_count/type",
                            keyword: "type",
                            params: { type: "integer" },
                            message: "must be integer",
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
        }
      } else {
        validate30.errors = [
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
    validate30.errors = vErrors;
    return errors === 0;
  }
  const schema15 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MemberEventBase" }],
    required: ["signup_form_id", "resource_url"],
    properties: {
      signup_form_id: { type: "integer" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  const schema16 = {
    type: "object",
    required: ["member_id", "account_id", "timestamp"],
    properties: {
      member_id: { $ref: "#/components/schemas/MemberId" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
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
          (data.member_id === undefined && (missing0 = "member_id")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.timestamp === undefined && (missing0 = "timestamp"))
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
          if (data.member_id !== undefined) {
            const _errs1 = errors;
            if (
              !validate4(data.member_id, {
                instancePath: instancePath + "/member_id",
                parentData: data,
                parentDataProperty: "member_id",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.account_id !== undefined) {
              const _errs2 = errors;
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
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs3 = errors;
                if (
                  !validate14(data.timestamp, {
                    instancePath: instancePath + "/timestamp",
                    parentData: data,
                    parentDataProperty: "timestamp",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
  function validate35(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate36(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
      errors = vErrors.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.signup_form_id === undefined && (missing0 = "signup_form_id")) ||
          (data.resource_url === undefined && (missing0 = "resource_url"))
        ) {
          validate35.errors = [
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
          if (data.signup_form_id !== undefined) {
            let data0 = data.signup_form_id;
            const _errs2 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate35.errors = [
                {
                  instancePath: instancePath + "/signup_form_id",
                  schemaPath: "#/properties/signup_form_id/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
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
              if (
                !validate33(data.resource_url, {
                  instancePath: instancePath + "/resource_url",
                  parentData: data,
                  parentDataProperty: "resource_url",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
          }
        }
      } else {
        validate35.errors = [
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
    validate35.errors = vErrors;
    return errors === 0;
  }
  function validate42(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.member_id === undefined && (missing0 = "member_id")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.timestamp === undefined && (missing0 = "timestamp"))
        ) {
          validate42.errors = [
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
          if (data.member_id !== undefined) {
            const _errs1 = errors;
            if (
              !validate4(data.member_id, {
                instancePath: instancePath + "/member_id",
                parentData: data,
                parentDataProperty: "member_id",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.account_id !== undefined) {
              const _errs2 = errors;
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
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs3 = errors;
                if (
                  !validate14(data.timestamp, {
                    instancePath: instancePath + "/timestamp",
                    parentData: data,
                    parentDataProperty: "timestamp",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
        validate42.errors = [
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
    validate42.errors = vErrors;
    return errors === 0;
  }
  const schema18 = {
    type: "object",
    required: ["member_ids"],
    properties: {
      member_ids: { $ref: "#/components/schemas/IdList" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      group_ids: { $ref: "#/components/schemas/IdList" },
    },
  };
  const schema19 = { oneOf: [{ type: "array", items: { type: "integer" } }, { const: "all" }] };
  function validate47(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs1 = errors;
    if (errors === _errs1) {
      if (Array.isArray(data)) {
        var valid1 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs3 = errors;
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
          var valid1 = _errs3 === errors;
          if (!valid1) {
            break;
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
    }
    if (!valid0) {
      const err3 = {
        instancePath,
        schemaPath: "#/oneOf",
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
      validate47.errors = vErrors;
      return false;
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
    validate47.errors = vErrors;
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
        if (data.member_ids === undefined && (missing0 = "member_ids")) {
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
          if (data.member_ids !== undefined) {
            const _errs1 = errors;
            if (
              !validate47(data.member_ids, {
                instancePath: instancePath + "/member_ids",
                parentData: data,
                parentDataProperty: "member_ids",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.account_id !== undefined) {
              const _errs2 = errors;
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
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs3 = errors;
                if (
                  !validate14(data.timestamp, {
                    instancePath: instancePath + "/timestamp",
                    parentData: data,
                    parentDataProperty: "timestamp",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.group_ids !== undefined) {
                  const _errs4 = errors;
                  if (
                    !validate47(data.group_ids, {
                      instancePath: instancePath + "/group_ids",
                      parentData: data,
                      parentDataProperty: "group_ids",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
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
  const schema20 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/GroupEventBase" }],
    required: ["group_name"],
    properties: { group_name: { $ref: "#/components/schemas/GroupName" } },
  };
  const schema21 = {
    type: "object",
    required: ["group_id", "account_id", "timestamp", "resource_url"],
    properties: {
      group_id: { type: "integer" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
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
        let missing0;
        if (
          (data.group_id === undefined && (missing0 = "group_id")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.timestamp === undefined && (missing0 = "timestamp")) ||
          (data.resource_url === undefined && (missing0 = "resource_url"))
        ) {
          validate53.errors = [
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
          if (data.group_id !== undefined) {
            let data0 = data.group_id;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate53.errors = [
                {
                  instancePath: instancePath + "/group_id",
                  schemaPath: "#/properties/group_id/type",
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
            if (data.account_id !== undefined) {
              const _errs3 = errors;
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs4 = errors;
                if (
                  !validate14(data.timestamp, {
                    instancePath: instancePath + "/timestamp",
                    parentData: data,
                    parentDataProperty: "timestamp",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.resource_url !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate33(data.resource_url, {
                      instancePath: instancePath + "/resource_url",
                      parentData: data,
                      parentDataProperty: "resource_url",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                    errors = vErrors.length;
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
  const schema22 = { type: "string" };
  function validate58(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate58.errors = [
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
    validate58.errors = vErrors;
    return errors === 0;
  }
  function validate52(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate53(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
      errors = vErrors.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.group_name === undefined && (missing0 = "group_name")) {
          validate52.errors = [
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
          if (data.group_name !== undefined) {
            if (
              !validate58(data.group_name, {
                instancePath: instancePath + "/group_name",
                parentData: data,
                parentDataProperty: "group_name",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate52.errors = [
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
    validate52.errors = vErrors;
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
        if (
          (data.group_id === undefined && (missing0 = "group_id")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.timestamp === undefined && (missing0 = "timestamp")) ||
          (data.resource_url === undefined && (missing0 = "resource_url"))
        ) {
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
          if (data.group_id !== undefined) {
            let data0 = data.group_id;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate60.errors = [
                {
                  instancePath: instancePath + "/group_id",
                  schemaPath: "#/properties/group_id/type",
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
            if (data.account_id !== undefined) {
              const _errs3 = errors;
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs4 = errors;
                if (
                  !validate14(data.timestamp, {
                    instancePath: instancePath + "/timestamp",
                    parentData: data,
                    parentDataProperty: "timestamp",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.resource_url !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate33(data.resource_url, {
                      instancePath: instancePath + "/resource_url",
                      parentData: data,
                      parentDataProperty: "resource_url",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                    errors = vErrors.length;
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
  const schema24 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/GroupEventBase" }],
    required: ["group_name"],
    properties: { group_name: { $ref: "#/components/schemas/GroupName" } },
  };
  function validate64(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate53(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
      errors = vErrors.length;
    }
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.group_name === undefined && (missing0 = "group_name")) {
          validate64.errors = [
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
          if (data.group_name !== undefined) {
            if (
              !validate58(data.group_name, {
                instancePath: instancePath + "/group_name",
                parentData: data,
                parentDataProperty: "group_name",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate64.errors = [
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
    validate64.errors = vErrors;
    return errors === 0;
  }
  const schema25 = {
    type: "object",
    required: ["field_id", "account_id", "timestamp", "resource_url"],
    properties: {
      field_id: { type: "integer" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  function validate67(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (
          (data.field_id === undefined && (missing0 = "field_id")) ||
          (data.account_id === undefined && (missing0 = "account_id")) ||
          (data.timestamp === undefined && (missing0 = "timestamp")) ||
          (data.resource_url === undefined && (missing0 = "resource_url"))
        ) {
          validate67.errors = [
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
          if (data.field_id !== undefined) {
            let data0 = data.field_id;
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
              validate67.errors = [
                {
                  instancePath: instancePath + "/field_id",
                  schemaPath: "#/properties/field_id/type",
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
            if (data.account_id !== undefined) {
              const _errs3 = errors;
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
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== undefined) {
                const _errs4 = errors;
                if (
                  !validate14(data.timestamp, {
                    instancePath: instancePath + "/timestamp",
                    parentData: data,
                    parentDataProperty: "timestamp",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.resource_url !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate33(data.resource_url, {
                      instancePath: instancePath + "/resource_url",
                      parentData: data,
                      parentDataProperty: "resource_url",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                    errors = vErrors.length;
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
    required: ["member_ids"],
    properties: {
      member_ids: { $ref: "#/components/schemas/IdList" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      new_status: { $ref: "#/components/schemas/MemberStatus" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  const schema27 = { type: "string" };
  function validate74(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate74.errors = [
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
    validate74.errors = vErrors;
    return errors === 0;
  }
  function validate71(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.member_ids === undefined && (missing0 = "member_ids")) {
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
          if (data.member_ids !== undefined) {
            const _errs1 = errors;
            if (
              !validate47(data.member_ids, {
                instancePath: instancePath + "/member_ids",
                parentData: data,
                parentDataProperty: "member_ids",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.account_id !== undefined) {
              const _errs2 = errors;
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
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.new_status !== undefined) {
                const _errs3 = errors;
                if (
                  !validate74(data.new_status, {
                    instancePath: instancePath + "/new_status",
                    parentData: data,
                    parentDataProperty: "new_status",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timestamp !== undefined) {
                  const _errs4 = errors;
                  if (
                    !validate14(data.timestamp, {
                      instancePath: instancePath + "/timestamp",
                      parentData: data,
                      parentDataProperty: "timestamp",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
              }
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
  const schema28 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_signup" },
      data: { $ref: "#/components/schemas/MemberSignupData" },
    },
  };
  function validate77(
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
          validate77.errors = [
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
              validate77.errors = [
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
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate77.errors = [
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
    validate77.errors = vErrors;
    return errors === 0;
  }
  const schema29 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_open" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("message_open" !== data.event_name) {
              validate79.errors = [
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
              if (
                !validate8(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
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
  const schema30 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_click" },
      data: { $ref: "#/components/schemas/MessageClickData" },
    },
  };
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("message_click" !== data.event_name) {
              validate81.errors = [
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
              if (
                !validate16(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
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
  const schema31 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_optout" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate83(
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
          validate83.errors = [
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
              validate83.errors = [
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
              if (
                !validate8(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate83.errors = [
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
    validate83.errors = vErrors;
    return errors === 0;
  }
  const schema32 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_share" },
      data: { $ref: "#/components/schemas/MessageShareData" },
    },
  };
  function validate85(
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
          validate85.errors = [
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
              validate85.errors = [
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
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate85.errors = [
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
    validate85.errors = vErrors;
    return errors === 0;
  }
  const schema33 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_share_click" },
      data: { $ref: "#/components/schemas/MessageShareClickData" },
    },
  };
  function validate87(
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
          validate87.errors = [
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
              validate87.errors = [
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
              if (
                !validate22(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate87.errors = [
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
    validate87.errors = vErrors;
    return errors === 0;
  }
  const schema34 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_forward" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("message_forward" !== data.event_name) {
              validate89.errors = [
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
              if (
                !validate8(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
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
  const schema35 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "mailing_finish" },
      data: { $ref: "#/components/schemas/MailingFinishData" },
    },
  };
  function validate91(
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
          validate91.errors = [
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
              validate91.errors = [
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
              if (
                !validate25(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate91.errors = [
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
    validate91.errors = vErrors;
    return errors === 0;
  }
  const schema36 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "import_finish" },
      data: { $ref: "#/components/schemas/ImportFinishData" },
    },
  };
  function validate93(
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
          validate93.errors = [
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
              validate93.errors = [
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
              if (
                !validate30(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate93.errors = [
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
    validate93.errors = vErrors;
    return errors === 0;
  }
  const schema37 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_add" },
      data: { $ref: "#/components/schemas/MemberAddData" },
    },
  };
  function validate95(
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
          validate95.errors = [
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
              validate95.errors = [
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
              if (
                !validate35(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
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
    }
    validate95.errors = vErrors;
    return errors === 0;
  }
  const schema38 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_update" },
      data: { $ref: "#/components/schemas/MemberEventBase" },
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
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.data === undefined && (missing0 = "data"))
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if ("member_update" !== data.event_name) {
              validate97.errors = [
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
              if (
                !validate36(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
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
  const schema39 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_delete" },
      data: { $ref: "#/components/schemas/MemberEventBase" },
    },
  };
  function validate99(
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
          validate99.errors = [
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
              validate99.errors = [
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
              if (
                !validate36(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      } else {
        validate99.errors = [
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
    validate99.errors = vErrors;
    return errors === 0;
  }
  const schema40 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_add_to_group" },
      data: { $ref: "#/components/schemas/GroupMembershipBase" },
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
            if ("member_add_to_group" !== data.event_name) {
              validate101.errors = [
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
              if (
                !validate46(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                errors = vErrors.length;
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
  const schema41 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_remove_from_group" },
      data: { $ref: "#/components/schemas/GroupMembershipBase" },
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
            if ("member_remove_from_group" !== data.event_name) {
              validate103.errors = [
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
              if (
                !validate46(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                errors = vErrors.length;
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
  const schema42 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_create" },
      data: { $ref: "#/components/schemas/GroupCreateData" },
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
            if ("group_create" !== data.event_name) {
              validate105.errors = [
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
              if (
                !validate52(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                errors = vErrors.length;
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
  const schema43 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_delete" },
      data: { $ref: "#/components/schemas/GroupEventBase" },
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
            if ("group_delete" !== data.event_name) {
              validate107.errors = [
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
              if (
                !validate53(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
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
  const schema44 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_update" },
      data: { $ref: "#/components/schemas/GroupUpdateData" },
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
            if ("group_update" !== data.event_name) {
              validate109.errors = [
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
              if (
                !validate64(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                errors = vErrors.length;
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
  const schema45 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_create" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
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
            if ("field_create" !== data.event_name) {
              validate111.errors = [
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
  const schema46 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_delete" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
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
            if ("field_delete" !== data.event_name) {
              validate113.errors = [
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
  const schema47 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_update" },
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
            if ("field_update" !== data.event_name) {
              validate115.errors = [
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
  const schema48 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_status_update" },
      data: { $ref: "#/components/schemas/MemberStatusUpdateData" },
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
            if ("member_status_update" !== data.event_name) {
              validate117.errors = [
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
              if (
                !validate71(data.data, {
                  instancePath: instancePath + "/data",
                  parentData: data,
                  parentDataProperty: "data",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                errors = vErrors.length;
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
  const schema49 = { type: "array", items: { $ref: "#/components/schemas/Webhook" } };
  const schema50 = {
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
  const schema51 = { type: "integer" };
  function validate121(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate121.errors = [
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
    validate121.errors = vErrors;
    return errors === 0;
  }
  const schema52 = { type: "string", enum: ["POST", "GET"], default: "POST" };
  function validate123(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate123.errors = [
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
      validate123.errors = [
        {
          instancePath,
          schemaPath: "#/enum",
          keyword: "enum",
          params: { allowedValues: schema52.enum },
          message: "must be equal to one of the allowed values",
        },
      ];
      return false;
    }
    validate123.errors = vErrors;
    return errors === 0;
  }
  const schema53 = { type: "string" };
  function validate126(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
      validate126.errors = [
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
    validate126.errors = vErrors;
    return errors === 0;
  }
  function validate120(
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
          validate120.errors = [
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
              validate120.errors = [
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
              if (
                !validate121(data.webhook_id, {
                  instancePath: instancePath + "/webhook_id",
                  parentData: data,
                  parentDataProperty: "webhook_id",
                  rootData,
                })
              ) {
                vErrors =
                  vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.method !== undefined) {
                const _errs4 = errors;
                if (
                  !validate123(data.method, {
                    instancePath: instancePath + "/method",
                    parentData: data,
                    parentDataProperty: "method",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account_id !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate2(data.account_id, {
                      instancePath: instancePath + "/account_id",
                      parentData: data,
                      parentDataProperty: "account_id",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.event !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate126(data.event, {
                        instancePath: instancePath + "/event",
                        parentData: data,
                        parentDataProperty: "event",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
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
        validate120.errors = [
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
    validate120.errors = vErrors;
    return errors === 0;
  }
  function validate119(
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
          if (
            !validate120(data[i0], {
              instancePath: instancePath + "/" + i0,
              parentData: data,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      } else {
        validate119.errors = [
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
    validate119.errors = vErrors;
    return errors === 0;
  }
  const schema54 = {
    type: "object",
    required: ["error"],
    properties: { error: { type: "string" } },
  };
  function validate129(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.error === undefined && (missing0 = "error")) {
          validate129.errors = [
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
              validate129.errors = [
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
        validate129.errors = [
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
    validate129.errors = vErrors;
    return errors === 0;
  }
  const schema55 = {
    type: "object",
    required: ["event", "url"],
    properties: {
      event: { $ref: "#/components/schemas/EventName" },
      url: { type: "string", format: "uri" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      public_key: { type: "string" },
    },
  };
  function validate130(
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
          validate130.errors = [
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
            if (
              !validate126(data.event, {
                instancePath: instancePath + "/event",
                parentData: data,
                parentDataProperty: "event",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
              errors = vErrors.length;
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
                    validate130.errors = [
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
                if (
                  !validate123(data.method, {
                    instancePath: instancePath + "/method",
                    parentData: data,
                    parentDataProperty: "method",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.public_key !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.public_key !== "string") {
                    validate130.errors = [
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
        validate130.errors = [
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
    validate130.errors = vErrors;
    return errors === 0;
  }
  function validate133(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate133.errors = [
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
    validate133.errors = vErrors;
    return errors === 0;
  }
  function validate134(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.error === undefined && (missing0 = "error")) {
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
          if (data.error !== undefined) {
            if (typeof data.error !== "string") {
              validate134.errors = [
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
  const schema58 = { const: true, type: "boolean" };
  function validate135(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
      validate135.errors = [
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
      validate135.errors = [
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
    validate135.errors = vErrors;
    return errors === 0;
  }
  const schema59 = { type: "array", items: { $ref: "#/components/schemas/WebhookEvent" } };
  const schema60 = {
    type: "object",
    required: ["event_name", "webhook_event_id", "description"],
    properties: {
      event_name: { $ref: "#/components/schemas/EventName" },
      webhook_event_id: { type: "integer" },
      description: { type: "string" },
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
        if (
          (data.event_name === undefined && (missing0 = "event_name")) ||
          (data.webhook_event_id === undefined && (missing0 = "webhook_event_id")) ||
          (data.description === undefined && (missing0 = "description"))
        ) {
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
          if (data.event_name !== undefined) {
            const _errs1 = errors;
            if (
              !validate126(data.event_name, {
                instancePath: instancePath + "/event_name",
                parentData: data,
                parentDataProperty: "event_name",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
              errors = vErrors.length;
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
                validate137.errors = [
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
                  validate137.errors = [
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
  function validate136(
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
          if (
            !validate137(data[i0], {
              instancePath: instancePath + "/" + i0,
              parentData: data,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      } else {
        validate136.errors = [
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
    validate136.errors = vErrors;
    return errors === 0;
  }
  function validate140(
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
          validate140.errors = [
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
              validate140.errors = [
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
              if (
                !validate121(data.webhook_id, {
                  instancePath: instancePath + "/webhook_id",
                  parentData: data,
                  parentDataProperty: "webhook_id",
                  rootData,
                })
              ) {
                vErrors =
                  vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.method !== undefined) {
                const _errs4 = errors;
                if (
                  !validate123(data.method, {
                    instancePath: instancePath + "/method",
                    parentData: data,
                    parentDataProperty: "method",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account_id !== undefined) {
                  const _errs5 = errors;
                  if (
                    !validate2(data.account_id, {
                      instancePath: instancePath + "/account_id",
                      parentData: data,
                      parentDataProperty: "account_id",
                      rootData,
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.event !== undefined) {
                    const _errs6 = errors;
                    if (
                      !validate126(data.event, {
                        instancePath: instancePath + "/event",
                        parentData: data,
                        parentDataProperty: "event",
                        rootData,
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
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
        validate140.errors = [
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
    validate140.errors = vErrors;
    return errors === 0;
  }
  function validate145(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.error === undefined && (missing0 = "error")) {
          validate145.errors = [
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
              validate145.errors = [
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
        validate145.errors = [
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
    validate145.errors = vErrors;
    return errors === 0;
  }
  const schema63 = {
    type: "object",
    minProperties: 1,
    properties: {
      event: { $ref: "#/components/schemas/EventName" },
      url: { type: "string", format: "uri" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      public_key: { type: "string" },
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
        if (Object.keys(data).length < 1) {
          validate146.errors = [
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
            if (
              !validate126(data.event, {
                instancePath: instancePath + "/event",
                parentData: data,
                parentDataProperty: "event",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
              errors = vErrors.length;
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
                    validate146.errors = [
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
                if (
                  !validate123(data.method, {
                    instancePath: instancePath + "/method",
                    parentData: data,
                    parentDataProperty: "method",
                    rootData,
                  })
                ) {
                  vErrors =
                    vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.public_key !== undefined) {
                  const _errs5 = errors;
                  if (typeof data.public_key !== "string") {
                    validate146.errors = [
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
  function validate149(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
      validate149.errors = [
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
    validate149.errors = vErrors;
    return errors === 0;
  }
  function validate150(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
      validate150.errors = [
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
      validate150.errors = [
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
    validate150.errors = vErrors;
    return errors === 0;
  }
  return {
    v_member_signup_payload: validate1,
    v_message_open_payload: validate8,
    v_message_click_payload: validate16,
    v_member_optout_payload: validate8,
    v_message_share_payload: validate18,
    v_message_share_click_payload: validate22,
    v_message_forward_payload: validate8,
    v_mailing_finish_payload: validate25,
    v_import_finish_payload: validate30,
    v_member_add_payload: validate35,
    v_member_update_payload: validate42,
    v_member_delete_payload: validate42,
    v_member_add_to_group_payload: validate46,
    v_member_remove_from_group_payload: validate46,
    v_group_create_payload: validate52,
    v_group_delete_payload: validate60,
    v_group_update_payload: validate64,
    v_field_create_payload: validate67,
    v_field_delete_payload: validate67,
    v_field_update_payload: validate67,
    v_member_status_update_payload: validate71,
    v_member_signup_body: validate77,
    v_message_open_body: validate79,
    v_message_click_body: validate81,
    v_member_optout_body: validate83,
    v_message_share_body: validate85,
    v_message_share_click_body: validate87,
    v_message_forward_body: validate89,
    v_mailing_finish_body: validate91,
    v_import_finish_body: validate93,
    v_member_add_body: validate95,
    v_member_update_body: validate97,
    v_member_delete_body: validate99,
    v_member_add_to_group_body: validate101,
    v_member_remove_from_group_body: validate103,
    v_group_create_body: validate105,
    v_group_delete_body: validate107,
    v_group_update_body: validate109,
    v_field_create_body: validate111,
    v_field_delete_body: validate113,
    v_field_update_body: validate115,
    v_member_status_update_body: validate117,
    v_listWebhooks_200: validate119,
    v_listWebhooks_401: validate129,
    v_createWebhook_request: validate130,
    v_createWebhook_200: validate133,
    v_createWebhook_400: validate134,
    v_createWebhook_401: validate129,
    v_deleteAllWebhooks_200: validate135,
    v_deleteAllWebhooks_401: validate129,
    v_listWebhookEvents_200: validate136,
    v_listWebhookEvents_401: validate129,
    v_getWebhook_200: validate140,
    v_getWebhook_401: validate129,
    v_getWebhook_404: validate145,
    v_updateWebhook_request: validate146,
    v_updateWebhook_200: validate149,
    v_updateWebhook_400: validate134,
    v_updateWebhook_401: validate129,
    v_updateWebhook_404: validate145,
    v_deleteWebhook_200: validate150,
    v_deleteWebhook_401: validate129,
    v_deleteWebhook_404: validate145,
  };
})();
export const full = (() => {
  const schema1 = {
    type: "object",
    required: ["account_id", "member_id", "mailing_id"],
    properties: {
      account_id: { $ref: "#/components/schemas/AccountId" },
      member_id: { $ref: "#/components/schemas/MemberId" },
      mailing_id: { $ref: "#/components/schemas/MailingId" },
    },
  };
  const schema2 = { type: "integer" };
  function validate2(
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
    validate2.errors = vErrors;
    return errors === 0;
  }
  const schema3 = { type: "integer" };
  function validate4(
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
    validate4.errors = vErrors;
    return errors === 0;
  }
  const schema4 = { type: "integer" };
  function validate6(
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
    validate6.errors = vErrors;
    return errors === 0;
  }
  function validate1(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.account_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.member_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "member_id" },
          message: "must have required property '" + "member_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.mailing_id === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "mailing_id" },
          message: "must have required property '" + "mailing_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
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
      if (data.member_id !== undefined) {
        if (
          !validate4(data.member_id, {
            instancePath: instancePath + "/member_id",
            parentData: data,
            parentDataProperty: "member_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
          errors = vErrors.length;
        }
      }
      if (data.mailing_id !== undefined) {
        if (
          !validate6(data.mailing_id, {
            instancePath: instancePath + "/mailing_id",
            parentData: data,
            parentDataProperty: "mailing_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
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
    validate1.errors = vErrors;
    return errors === 0;
  }
  const schema5 = {
    type: "object",
    required: ["account_id", "member_id", "mailing_id", "subject", "timestamp"],
    properties: {
      account_id: { $ref: "#/components/schemas/AccountId" },
      member_id: { $ref: "#/components/schemas/MemberId" },
      mailing_id: { $ref: "#/components/schemas/MailingId" },
      subject: { $ref: "#/components/schemas/MailingSubject" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  const schema6 = { type: "string" };
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
  const schema7 = { type: "string" };
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
    validate14.errors = vErrors;
    return errors === 0;
  }
  function validate8(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.account_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.member_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "member_id" },
          message: "must have required property '" + "member_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.mailing_id === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "mailing_id" },
          message: "must have required property '" + "mailing_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.subject === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "subject" },
          message: "must have required property '" + "subject" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.timestamp === undefined) {
        const err4 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "timestamp" },
          message: "must have required property '" + "timestamp" + "'",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
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
      if (data.member_id !== undefined) {
        if (
          !validate4(data.member_id, {
            instancePath: instancePath + "/member_id",
            parentData: data,
            parentDataProperty: "member_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
          errors = vErrors.length;
        }
      }
      if (data.mailing_id !== undefined) {
        if (
          !validate6(data.mailing_id, {
            instancePath: instancePath + "/mailing_id",
            parentData: data,
            parentDataProperty: "mailing_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
          errors = vErrors.length;
        }
      }
      if (data.subject !== undefined) {
        if (
          !validate12(data.subject, {
            instancePath: instancePath + "/subject",
            parentData: data,
            parentDataProperty: "subject",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
    validate8.errors = vErrors;
    return errors === 0;
  }
  const schema8 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    required: ["link_id"],
    properties: { link_id: { type: "integer" } },
  };
  function validate16(
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
      if (data.link_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "link_id" },
          message: "must have required property '" + "link_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.link_id !== undefined) {
        let data0 = data.link_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err1 = {
            instancePath: instancePath + "/link_id",
            schemaPath: "#/properties/link_id/type",
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
    validate16.errors = vErrors;
    return errors === 0;
  }
  const schema9 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    required: ["network"],
    properties: { network: { $ref: "#/components/schemas/SocialNetwork" } },
  };
  const schema10 = { type: "string" };
  function validate20(
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
    validate20.errors = vErrors;
    return errors === 0;
  }
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
      if (data.network === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "network" },
          message: "must have required property '" + "network" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.network !== undefined) {
        if (
          !validate20(data.network, {
            instancePath: instancePath + "/network",
            parentData: data,
            parentDataProperty: "network",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
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
    validate18.errors = vErrors;
    return errors === 0;
  }
  const schema11 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MailingEventBase" }],
    required: ["network"],
    properties: { network: { $ref: "#/components/schemas/SocialNetwork" } },
  };
  function validate22(
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
      if (data.network === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "network" },
          message: "must have required property '" + "network" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.network !== undefined) {
        if (
          !validate20(data.network, {
            instancePath: instancePath + "/network",
            parentData: data,
            parentDataProperty: "network",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
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
    validate22.errors = vErrors;
    return errors === 0;
  }
  const schema12 = {
    type: "object",
    required: ["mailing_id", "account_id", "subject", "timestamp"],
    properties: {
      mailing_id: { $ref: "#/components/schemas/MailingId" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      subject: { $ref: "#/components/schemas/MailingSubject" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  function validate25(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.mailing_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "mailing_id" },
          message: "must have required property '" + "mailing_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.subject === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "subject" },
          message: "must have required property '" + "subject" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.timestamp === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "timestamp" },
          message: "must have required property '" + "timestamp" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.mailing_id !== undefined) {
        if (
          !validate6(data.mailing_id, {
            instancePath: instancePath + "/mailing_id",
            parentData: data,
            parentDataProperty: "mailing_id",
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
      if (data.subject !== undefined) {
        if (
          !validate12(data.subject, {
            instancePath: instancePath + "/subject",
            parentData: data,
            parentDataProperty: "subject",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
    validate25.errors = vErrors;
    return errors === 0;
  }
  const schema13 = {
    type: "object",
    required: ["import_id", "account_id", "timestamp", "resource_url"],
    properties: {
      import_id: { type: "integer" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
      group_ids: { type: "array", items: { type: "integer" } },
      contact_count: { type: "integer" },
    },
  };
  const schema14 = { type: "string" };
  function validate33(
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
    validate33.errors = vErrors;
    return errors === 0;
  }
  function validate30(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.import_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "import_id" },
          message: "must have required property '" + "import_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.timestamp === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "timestamp" },
          message: "must have required property '" + "timestamp" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.resource_url === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "resource_url" },
          message: "must have required property '" + "resource_url" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.import_id !== undefined) {
        let data0 = data.import_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err4 = {
            instancePath: instancePath + "/import_id",
            schemaPath: "#/properties/import_id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
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
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate33(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
          errors = vErrors.length;
        }
      }
      if (data.group_ids !== undefined) {
        let data4 = data.group_ids;
        if (Array.isArray(data4)) {
          const len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data5 = data4[i0];
            if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5))) {
              const err5 = {
                instancePath: instancePath + "/group_ids/" + i0,
                schemaPath: "#/properties/group_ids/items/type",
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
        } else {
          const err6 = {
            instancePath: instancePath + "/group_ids",
            schemaPath: "#/properties/group_ids/type",
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
      if (data.contact_count !== undefined) {
        let data6 = data.contact_count;
        if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6))) {
          const err7 = {
            instancePath: instancePath + "/contact_count",
            schemaPath: "#/properties/contact_count/type",
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
    validate30.errors = vErrors;
    return errors === 0;
  }
  const schema15 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/MemberEventBase" }],
    required: ["signup_form_id", "resource_url"],
    properties: {
      signup_form_id: { type: "integer" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  const schema16 = {
    type: "object",
    required: ["member_id", "account_id", "timestamp"],
    properties: {
      member_id: { $ref: "#/components/schemas/MemberId" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  function validate36(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.member_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "member_id" },
          message: "must have required property '" + "member_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.timestamp === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "timestamp" },
          message: "must have required property '" + "timestamp" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.member_id !== undefined) {
        if (
          !validate4(data.member_id, {
            instancePath: instancePath + "/member_id",
            parentData: data,
            parentDataProperty: "member_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
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
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
    validate36.errors = vErrors;
    return errors === 0;
  }
  function validate35(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate36(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.signup_form_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "signup_form_id" },
          message: "must have required property '" + "signup_form_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.resource_url === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "resource_url" },
          message: "must have required property '" + "resource_url" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.signup_form_id !== undefined) {
        let data0 = data.signup_form_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err2 = {
            instancePath: instancePath + "/signup_form_id",
            schemaPath: "#/properties/signup_form_id/type",
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
      if (data.resource_url !== undefined) {
        if (
          !validate33(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
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
    validate35.errors = vErrors;
    return errors === 0;
  }
  function validate42(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.member_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "member_id" },
          message: "must have required property '" + "member_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.timestamp === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "timestamp" },
          message: "must have required property '" + "timestamp" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.member_id !== undefined) {
        if (
          !validate4(data.member_id, {
            instancePath: instancePath + "/member_id",
            parentData: data,
            parentDataProperty: "member_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
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
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
    validate42.errors = vErrors;
    return errors === 0;
  }
  const schema18 = {
    type: "object",
    required: ["member_ids"],
    properties: {
      member_ids: { $ref: "#/components/schemas/IdList" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      group_ids: { $ref: "#/components/schemas/IdList" },
    },
  };
  const schema19 = { oneOf: [{ type: "array", items: { type: "integer" } }, { const: "all" }] };
  function validate47(
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
    }
    if (!valid0) {
      const err3 = {
        instancePath,
        schemaPath: "#/oneOf",
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
      errors = _errs0;
      if (vErrors !== null) {
        if (_errs0) {
          vErrors.length = _errs0;
        } else {
          vErrors = null;
        }
      }
    }
    validate47.errors = vErrors;
    return errors === 0;
  }
  function validate46(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.member_ids === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "member_ids" },
          message: "must have required property '" + "member_ids" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.member_ids !== undefined) {
        if (
          !validate47(data.member_ids, {
            instancePath: instancePath + "/member_ids",
            parentData: data,
            parentDataProperty: "member_ids",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
          errors = vErrors.length;
        }
      }
      if (data.group_ids !== undefined) {
        if (
          !validate47(data.group_ids, {
            instancePath: instancePath + "/group_ids",
            parentData: data,
            parentDataProperty: "group_ids",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
    validate46.errors = vErrors;
    return errors === 0;
  }
  const schema20 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/GroupEventBase" }],
    required: ["group_name"],
    properties: { group_name: { $ref: "#/components/schemas/GroupName" } },
  };
  const schema21 = {
    type: "object",
    required: ["group_id", "account_id", "timestamp", "resource_url"],
    properties: {
      group_id: { type: "integer" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  function validate53(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.group_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "group_id" },
          message: "must have required property '" + "group_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.timestamp === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "timestamp" },
          message: "must have required property '" + "timestamp" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.resource_url === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "resource_url" },
          message: "must have required property '" + "resource_url" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.group_id !== undefined) {
        let data0 = data.group_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err4 = {
            instancePath: instancePath + "/group_id",
            schemaPath: "#/properties/group_id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
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
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate33(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
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
    validate53.errors = vErrors;
    return errors === 0;
  }
  const schema22 = { type: "string" };
  function validate58(
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
    validate58.errors = vErrors;
    return errors === 0;
  }
  function validate52(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate53(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.group_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "group_name" },
          message: "must have required property '" + "group_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.group_name !== undefined) {
        if (
          !validate58(data.group_name, {
            instancePath: instancePath + "/group_name",
            parentData: data,
            parentDataProperty: "group_name",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
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
    validate52.errors = vErrors;
    return errors === 0;
  }
  function validate60(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.group_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "group_id" },
          message: "must have required property '" + "group_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.timestamp === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "timestamp" },
          message: "must have required property '" + "timestamp" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.resource_url === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "resource_url" },
          message: "must have required property '" + "resource_url" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.group_id !== undefined) {
        let data0 = data.group_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err4 = {
            instancePath: instancePath + "/group_id",
            schemaPath: "#/properties/group_id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
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
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate33(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
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
    validate60.errors = vErrors;
    return errors === 0;
  }
  const schema24 = {
    type: "object",
    allOf: [{ $ref: "#/components/schemas/GroupEventBase" }],
    required: ["group_name"],
    properties: { group_name: { $ref: "#/components/schemas/GroupName" } },
  };
  function validate64(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (!validate53(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
      errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.group_name === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "group_name" },
          message: "must have required property '" + "group_name" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.group_name !== undefined) {
        if (
          !validate58(data.group_name, {
            instancePath: instancePath + "/group_name",
            parentData: data,
            parentDataProperty: "group_name",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
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
    validate64.errors = vErrors;
    return errors === 0;
  }
  const schema25 = {
    type: "object",
    required: ["field_id", "account_id", "timestamp", "resource_url"],
    properties: {
      field_id: { type: "integer" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
      resource_url: { $ref: "#/components/schemas/ResourceUrl" },
    },
  };
  function validate67(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.field_id === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "field_id" },
          message: "must have required property '" + "field_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.account_id === undefined) {
        const err1 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "account_id" },
          message: "must have required property '" + "account_id" + "'",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.timestamp === undefined) {
        const err2 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "timestamp" },
          message: "must have required property '" + "timestamp" + "'",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.resource_url === undefined) {
        const err3 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "resource_url" },
          message: "must have required property '" + "resource_url" + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.field_id !== undefined) {
        let data0 = data.field_id;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
          const err4 = {
            instancePath: instancePath + "/field_id",
            schemaPath: "#/properties/field_id/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
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
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
          errors = vErrors.length;
        }
      }
      if (data.resource_url !== undefined) {
        if (
          !validate33(data.resource_url, {
            instancePath: instancePath + "/resource_url",
            parentData: data,
            parentDataProperty: "resource_url",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
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
    validate67.errors = vErrors;
    return errors === 0;
  }
  const schema26 = {
    type: "object",
    required: ["member_ids"],
    properties: {
      member_ids: { $ref: "#/components/schemas/IdList" },
      account_id: { $ref: "#/components/schemas/AccountId" },
      new_status: { $ref: "#/components/schemas/MemberStatus" },
      timestamp: { $ref: "#/components/schemas/Timestamp" },
    },
  };
  const schema27 = { type: "string" };
  function validate74(
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
    validate74.errors = vErrors;
    return errors === 0;
  }
  function validate71(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.member_ids === undefined) {
        const err0 = {
          instancePath,
          schemaPath: "#/required",
          keyword: "required",
          params: { missingProperty: "member_ids" },
          message: "must have required property '" + "member_ids" + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.member_ids !== undefined) {
        if (
          !validate47(data.member_ids, {
            instancePath: instancePath + "/member_ids",
            parentData: data,
            parentDataProperty: "member_ids",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
          !validate74(data.new_status, {
            instancePath: instancePath + "/new_status",
            parentData: data,
            parentDataProperty: "new_status",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
          errors = vErrors.length;
        }
      }
      if (data.timestamp !== undefined) {
        if (
          !validate14(data.timestamp, {
            instancePath: instancePath + "/timestamp",
            parentData: data,
            parentDataProperty: "timestamp",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
    validate71.errors = vErrors;
    return errors === 0;
  }
  const schema28 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_signup" },
      data: { $ref: "#/components/schemas/MemberSignupData" },
    },
  };
  function validate77(
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
    validate77.errors = vErrors;
    return errors === 0;
  }
  const schema29 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_open" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate79(
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
          !validate8(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
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
    validate79.errors = vErrors;
    return errors === 0;
  }
  const schema30 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_click" },
      data: { $ref: "#/components/schemas/MessageClickData" },
    },
  };
  function validate81(
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
          !validate16(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
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
    validate81.errors = vErrors;
    return errors === 0;
  }
  const schema31 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_optout" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate83(
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
          !validate8(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
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
    validate83.errors = vErrors;
    return errors === 0;
  }
  const schema32 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_share" },
      data: { $ref: "#/components/schemas/MessageShareData" },
    },
  };
  function validate85(
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
    validate85.errors = vErrors;
    return errors === 0;
  }
  const schema33 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_share_click" },
      data: { $ref: "#/components/schemas/MessageShareClickData" },
    },
  };
  function validate87(
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
          !validate22(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
    validate87.errors = vErrors;
    return errors === 0;
  }
  const schema34 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "message_forward" },
      data: { $ref: "#/components/schemas/MailingEventBase" },
    },
  };
  function validate89(
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
          !validate8(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
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
    validate89.errors = vErrors;
    return errors === 0;
  }
  const schema35 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "mailing_finish" },
      data: { $ref: "#/components/schemas/MailingFinishData" },
    },
  };
  function validate91(
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
          !validate25(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
    validate91.errors = vErrors;
    return errors === 0;
  }
  const schema36 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "import_finish" },
      data: { $ref: "#/components/schemas/ImportFinishData" },
    },
  };
  function validate93(
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
          !validate30(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
    validate93.errors = vErrors;
    return errors === 0;
  }
  const schema37 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_add" },
      data: { $ref: "#/components/schemas/MemberAddData" },
    },
  };
  function validate95(
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
          !validate35(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
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
    validate95.errors = vErrors;
    return errors === 0;
  }
  const schema38 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_update" },
      data: { $ref: "#/components/schemas/MemberEventBase" },
    },
  };
  function validate97(
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
          !validate36(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
    validate97.errors = vErrors;
    return errors === 0;
  }
  const schema39 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_delete" },
      data: { $ref: "#/components/schemas/MemberEventBase" },
    },
  };
  function validate99(
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
          !validate36(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
    validate99.errors = vErrors;
    return errors === 0;
  }
  const schema40 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_add_to_group" },
      data: { $ref: "#/components/schemas/GroupMembershipBase" },
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
          !validate46(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
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
  const schema41 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_remove_from_group" },
      data: { $ref: "#/components/schemas/GroupMembershipBase" },
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
          !validate46(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
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
  const schema42 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_create" },
      data: { $ref: "#/components/schemas/GroupCreateData" },
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
          !validate52(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
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
  const schema43 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_delete" },
      data: { $ref: "#/components/schemas/GroupEventBase" },
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
          !validate53(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
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
  const schema44 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "group_update" },
      data: { $ref: "#/components/schemas/GroupUpdateData" },
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
          !validate64(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
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
  const schema45 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_create" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
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
    validate111.errors = vErrors;
    return errors === 0;
  }
  const schema46 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_delete" },
      data: { $ref: "#/components/schemas/FieldEventBase" },
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
  const schema47 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "field_update" },
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
    validate115.errors = vErrors;
    return errors === 0;
  }
  const schema48 = {
    type: "object",
    required: ["event_name", "data"],
    properties: {
      event_name: { const: "member_status_update" },
      data: { $ref: "#/components/schemas/MemberStatusUpdateData" },
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
          !validate71(data.data, {
            instancePath: instancePath + "/data",
            parentData: data,
            parentDataProperty: "data",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
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
  const schema49 = { type: "array", items: { $ref: "#/components/schemas/Webhook" } };
  const schema50 = {
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
  const schema51 = { type: "integer" };
  function validate121(
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
    validate121.errors = vErrors;
    return errors === 0;
  }
  const schema52 = { type: "string", enum: ["POST", "GET"], default: "POST" };
  function validate123(
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
        params: { allowedValues: schema52.enum },
        message: "must be equal to one of the allowed values",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate123.errors = vErrors;
    return errors === 0;
  }
  const schema53 = { type: "string" };
  function validate126(
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
    validate126.errors = vErrors;
    return errors === 0;
  }
  function validate120(
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
          !validate121(data.webhook_id, {
            instancePath: instancePath + "/webhook_id",
            parentData: data,
            parentDataProperty: "webhook_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
          errors = vErrors.length;
        }
      }
      if (data.method !== undefined) {
        if (
          !validate123(data.method, {
            instancePath: instancePath + "/method",
            parentData: data,
            parentDataProperty: "method",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
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
      if (data.event !== undefined) {
        if (
          !validate126(data.event, {
            instancePath: instancePath + "/event",
            parentData: data,
            parentDataProperty: "event",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
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
    validate120.errors = vErrors;
    return errors === 0;
  }
  function validate119(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (
          !validate120(data[i0], {
            instancePath: instancePath + "/" + i0,
            parentData: data,
            parentDataProperty: i0,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
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
    validate119.errors = vErrors;
    return errors === 0;
  }
  const schema54 = {
    type: "object",
    required: ["error"],
    properties: { error: { type: "string" } },
  };
  function validate129(
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
    validate129.errors = vErrors;
    return errors === 0;
  }
  const schema55 = {
    type: "object",
    required: ["event", "url"],
    properties: {
      event: { $ref: "#/components/schemas/EventName" },
      url: { type: "string", format: "uri" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      public_key: { type: "string" },
    },
  };
  function validate130(
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
          !validate126(data.event, {
            instancePath: instancePath + "/event",
            parentData: data,
            parentDataProperty: "event",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
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
          !validate123(data.method, {
            instancePath: instancePath + "/method",
            parentData: data,
            parentDataProperty: "method",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
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
    validate130.errors = vErrors;
    return errors === 0;
  }
  function validate133(
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
    validate133.errors = vErrors;
    return errors === 0;
  }
  function validate134(
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
    validate134.errors = vErrors;
    return errors === 0;
  }
  const schema58 = { const: true, type: "boolean" };
  function validate135(
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
    validate135.errors = vErrors;
    return errors === 0;
  }
  const schema59 = { type: "array", items: { $ref: "#/components/schemas/WebhookEvent" } };
  const schema60 = {
    type: "object",
    required: ["event_name", "webhook_event_id", "description"],
    properties: {
      event_name: { $ref: "#/components/schemas/EventName" },
      webhook_event_id: { type: "integer" },
      description: { type: "string" },
    },
  };
  function validate137(
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
          !validate126(data.event_name, {
            instancePath: instancePath + "/event_name",
            parentData: data,
            parentDataProperty: "event_name",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
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
    validate137.errors = vErrors;
    return errors === 0;
  }
  function validate136(
    data,
    { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
  ) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (
          !validate137(data[i0], {
            instancePath: instancePath + "/" + i0,
            parentData: data,
            parentDataProperty: i0,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
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
    validate136.errors = vErrors;
    return errors === 0;
  }
  function validate140(
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
          !validate121(data.webhook_id, {
            instancePath: instancePath + "/webhook_id",
            parentData: data,
            parentDataProperty: "webhook_id",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
          errors = vErrors.length;
        }
      }
      if (data.method !== undefined) {
        if (
          !validate123(data.method, {
            instancePath: instancePath + "/method",
            parentData: data,
            parentDataProperty: "method",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
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
      if (data.event !== undefined) {
        if (
          !validate126(data.event, {
            instancePath: instancePath + "/event",
            parentData: data,
            parentDataProperty: "event",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
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
    validate140.errors = vErrors;
    return errors === 0;
  }
  function validate145(
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
    validate145.errors = vErrors;
    return errors === 0;
  }
  const schema63 = {
    type: "object",
    minProperties: 1,
    properties: {
      event: { $ref: "#/components/schemas/EventName" },
      url: { type: "string", format: "uri" },
      method: { $ref: "#/components/schemas/WebhookMethod" },
      public_key: { type: "string" },
    },
  };
  function validate146(
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
          !validate126(data.event, {
            instancePath: instancePath + "/event",
            parentData: data,
            parentDataProperty: "event",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
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
          !validate123(data.method, {
            instancePath: instancePath + "/method",
            parentData: data,
            parentDataProperty: "method",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
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
    validate146.errors = vErrors;
    return errors === 0;
  }
  function validate149(
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
    validate149.errors = vErrors;
    return errors === 0;
  }
  function validate150(
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
    validate150.errors = vErrors;
    return errors === 0;
  }
  return {
    v_member_signup_payload: validate1,
    v_message_open_payload: validate8,
    v_message_click_payload: validate16,
    v_member_optout_payload: validate8,
    v_message_share_payload: validate18,
    v_message_share_click_payload: validate22,
    v_message_forward_payload: validate8,
    v_mailing_finish_payload: validate25,
    v_import_finish_payload: validate30,
    v_member_add_payload: validate35,
    v_member_update_payload: validate42,
    v_member_delete_payload: validate42,
    v_member_add_to_group_payload: validate46,
    v_member_remove_from_group_payload: validate46,
    v_group_create_payload: validate52,
    v_group_delete_payload: validate60,
    v_group_update_payload: validate64,
    v_field_create_payload: validate67,
    v_field_delete_payload: validate67,
    v_field_update_payload: validate67,
    v_member_status_update_payload: validate71,
    v_member_signup_body: validate77,
    v_message_open_body: validate79,
    v_message_click_body: validate81,
    v_member_optout_body: validate83,
    v_message_share_body: validate85,
    v_message_share_click_body: validate87,
    v_message_forward_body: validate89,
    v_mailing_finish_body: validate91,
    v_import_finish_body: validate93,
    v_member_add_body: validate95,
    v_member_update_body: validate97,
    v_member_delete_body: validate99,
    v_member_add_to_group_body: validate101,
    v_member_remove_from_group_body: validate103,
    v_group_create_body: validate105,
    v_group_delete_body: validate107,
    v_group_update_body: validate109,
    v_field_create_body: validate111,
    v_field_delete_body: validate113,
    v_field_update_body: validate115,
    v_member_status_update_body: validate117,
    v_listWebhooks_200: validate119,
    v_listWebhooks_401: validate129,
    v_createWebhook_request: validate130,
    v_createWebhook_200: validate133,
    v_createWebhook_400: validate134,
    v_createWebhook_401: validate129,
    v_deleteAllWebhooks_200: validate135,
    v_deleteAllWebhooks_401: validate129,
    v_listWebhookEvents_200: validate136,
    v_listWebhookEvents_401: validate129,
    v_getWebhook_200: validate140,
    v_getWebhook_401: validate129,
    v_getWebhook_404: validate145,
    v_updateWebhook_request: validate146,
    v_updateWebhook_200: validate149,
    v_updateWebhook_400: validate134,
    v_updateWebhook_401: validate129,
    v_updateWebhook_404: validate145,
    v_deleteWebhook_200: validate150,
    v_deleteWebhook_401: validate129,
    v_deleteWebhook_404: validate145,
  };
})();
