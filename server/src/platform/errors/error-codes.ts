/**
 * Every error code the API can answer, its HTTP status and its message in Chinese and English.
 * The table is typed so that a code without a status or a message fails to compile.
 */
export const ERROR_TABLE = {
  VALIDATION_FAILED: { status: 400, zh: '提交的信息有误，请检查标出的字段', en: 'Some fields are invalid; please check the marked fields' },
  ID_NUMBER_INVALID: { status: 400, zh: '居民身份证号码不正确', en: 'The resident ID number is invalid' },
  CREDIT_CODE_INVALID: { status: 400, zh: '统一社会信用代码不正确', en: 'The unified social credit code is invalid' },
  PHONE_INVALID: { status: 400, zh: '手机号码不正确', en: 'The mobile phone number is invalid' },
  PASSWORD_TOO_WEAK: { status: 400, zh: '密码至少 8 位，且包含大写字母、小写字母、数字、符号中的至少三类', en: 'The password needs at least 8 characters from at least three of: upper case, lower case, digits, symbols' },
  REGION_CODE_INVALID: { status: 400, zh: '行政区划代码不正确', en: 'The administrative region code is invalid' },
  REGION_PARENT_MISSING: { status: 400, zh: '上级行政区划不存在', en: 'The parent region does not exist' },
  ROLE_NOT_GRANTABLE: { status: 403, zh: '您无权授予该角色', en: 'You may not grant this role' },
  DEPARTMENT_REQUIRED: { status: 400, zh: '部门角色必须指定所属部门', en: 'Department roles need a department' },
  DEPARTMENT_REGION_MISMATCH: { status: 400, zh: '所属部门不在所选行政区划内', en: 'The department is not in the selected region' },
  IMPLEMENTATION_INCONSISTENT: { status: 400, zh: '事项要素不一致，不能保存（见检查结果）', en: 'The implementation is inconsistent and cannot be saved (see the findings)' },
  INHERITED_ELEMENT_CHANGED: { status: 400, zh: '承接上级下发的事项只能填写本地要素', en: 'An inherited implementation may change only its local elements' },
  INHERIT_SOURCE_INVALID: { status: 400, zh: '只能承接上级已发布的同一事项', en: 'Only a published implementation of the same item by a higher level can be inherited' },
  BASIC_ITEM_NOT_FOUND: { status: 400, zh: '基本目录中没有该事项编码', en: 'No basic catalogue item has this code' },
  STALE_REVISION: { status: 409, zh: '该事项已被他人修改，请刷新后再编辑', en: 'Someone else changed this implementation; reload and edit again' },
  IMPLEMENTATION_NOT_EDITABLE: { status: 409, zh: '事项已提交审核，审核退回前不能修改', en: 'The implementation is under review and cannot be edited until it is sent back' },
  NO_PENDING_CHANGE: { status: 409, zh: '没有待提交的修改', en: 'There is no pending change to submit' },
  IMPLEMENTATION_NOT_SUBMITTED: { status: 409, zh: '该事项没有待审核的修改', en: 'The implementation has no change awaiting review' },
  IMPLEMENTATION_EXISTS: { status: 409, zh: '本部门已有该事项的实施清单', en: 'Your department already implements this item' },
  IMPLEMENTATION_NOT_PUBLISHED: { status: 409, zh: '事项未处于发布状态', en: 'The implementation is not published' },
  IMPLEMENTATION_CANCELLED: { status: 409, zh: '事项已取消，不能再变更', en: 'The implementation is cancelled and cannot change any more' },
  BASIC_ITEM_EXISTS: { status: 409, zh: '基本目录中已有该编码', en: 'The basic catalogue already has this code' },
  PROOF_EXISTS: { status: 409, zh: '证明目录中已有该编码', en: 'The proof catalogue already has this code' },
  PROOF_ALREADY_CANCELLED: { status: 409, zh: '该证明材料已取消', en: 'This proof is already cancelled' },
  NOT_A_DEPARTMENT_USER: { status: 403, zh: '只有部门的事项管理员可以填报事项', en: 'Only a department\'s item maintainer can file implementations' },
  BAD_REQUEST: { status: 400, zh: '请求格式不正确', en: 'The request is malformed' },
  AUTH_REQUIRED: { status: 401, zh: '请先登录', en: 'Please log in first' },
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired; please log in again' },
  LOGIN_FAILED: { status: 401, zh: '账号或密码不正确', en: 'Wrong account or password' },
  ACCOUNT_LOCKED: { status: 423, zh: '登录失败次数过多，账号已临时锁定', en: 'Too many failed logins; the account is temporarily locked' },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用，请联系管理员', en: 'The account is disabled; please contact an administrator' },
  CSRF_TOKEN_INVALID: { status: 403, zh: '页面已过期，请刷新后重试', en: 'The page is out of date; please reload and try again' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '未找到相关记录', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such API endpoint' },
  APPLICANT_ALREADY_REGISTERED: { status: 409, zh: '该证件号码或手机号码已注册', en: 'This ID number or phone is already registered' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'This username is taken' },
  DEPARTMENT_CREDIT_CODE_TAKEN: { status: 409, zh: '该统一社会信用代码已被其他部门使用', en: 'Another department already has this credit code' },
  DEPARTMENT_NAME_TAKEN: { status: 409, zh: '同一行政区划内已有同名部门', en: 'A department with this name already exists in the region' },
  HALL_NAME_TAKEN: { status: 409, zh: '同一行政区划内已有同名大厅', en: 'A hall with this name already exists in the region' },
  WINDOW_NUMBER_TAKEN: { status: 409, zh: '该大厅已有相同编号的窗口', en: 'The hall already has a window with this number' },
  REGION_EXISTS: { status: 409, zh: '该行政区划已存在', en: 'This region already exists' },
  IN_USE: { status: 409, zh: '该记录仍被引用，不能删除', en: 'This record is still in use and cannot be deleted' },
  OPERATOR_NOT_FOUND: { status: 404, zh: '未找到与该身份证号码和姓名相符的个人账号', en: 'No person account matches this ID number and name' },
  NOT_AN_ENTERPRISE: { status: 403, zh: '只有法人账号可以授权经办人', en: 'Only enterprise accounts can authorise operators' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型，请以 JSON 提交', en: 'Unsupported content type; send JSON' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request is too large' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用，请稍后再试', en: 'The service is temporarily unavailable' },
  INTERNAL_ERROR: { status: 500, zh: '系统内部错误，请稍后再试', en: 'Internal error; please try again later' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_TABLE;

export function statusOf(code: ErrorCode): number {
  return ERROR_TABLE[code].status;
}
