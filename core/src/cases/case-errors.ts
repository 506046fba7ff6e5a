/**
 * Error codes of the case rules, with their messages, for the server's central error table. `status` is the HTTP
 * status the server should answer: 409 when the case is not in a state that allows the action (nothing changed; the
 * client may reload and retry), 400 when the action itself is malformed or breaks a rule of the item.
 */
export const CASE_ERRORS = {
  CASE_NOT_DRAFT: { status: 409, zh: '办件已提交，不能再次提交', en: 'The case has already been submitted' },
  CASE_NOT_SUBMITTED: { status: 409, zh: '办件尚未提交', en: 'The case has not been submitted yet' },
  CASE_NOT_IN_PRE_REVIEW: { status: 409, zh: '办件不在预审环节', en: 'The case is not awaiting pre-review' },
  CASE_NOT_AWAITING_CORRECTION: { status: 409, zh: '办件没有待补正的材料', en: 'The case is not awaiting a correction' },
  CASE_NOT_IN_REVIEW: { status: 409, zh: '办件不在审批环节', en: 'The case is not in an approval step' },
  CASE_SUSPENDED: { status: 409, zh: '办件处于特殊环节（计时已暂停），请先结束特殊环节', en: 'The case is in a special procedure (clock stopped); end the special procedure first' },
  CASE_NOT_SUSPENDED: { status: 409, zh: '办件不在特殊环节中', en: 'The case is not in a special procedure' },
  CASE_ALREADY_CONCLUDED: { status: 409, zh: '办件已办结', en: 'The case is already concluded' },
  CASE_CLOSED: { status: 409, zh: '办件已终止（不予受理、撤回或作废）', en: 'The case is closed (rejected, withdrawn or voided)' },
  CASE_NOT_CONCLUDED: { status: 409, zh: '办件尚未办结，不能送达', en: 'The case is not concluded yet and cannot be delivered' },
  CASE_DELIVERY_METHOD_INVALID: { status: 400, zh: '送达方式只能是窗口领取、邮寄或电子送达', en: 'Delivery is by window pickup, post or electronically' },
  CASE_ALREADY_DELIVERED: { status: 409, zh: '办理结果已送达', en: 'The result has already been delivered' },
  CASE_NOT_AT_DECISION_STEP: { status: 409, zh: '只有在决定环节才能作出准予或不予许可的决定', en: 'Only the decision step can approve or deny' },
  CASE_AT_DECISION_STEP: { status: 409, zh: '已是决定环节，请作出准予或不予许可的决定', en: 'This is the decision step: approve or deny' },
  CASE_STEP_RETURN_INVALID: { status: 400, zh: '只能退回到之前的审批环节', en: 'A case can only be returned to an earlier step' },
  CASE_TRANSFER_INVALID: { status: 400, zh: '请选择另一位经办人', en: 'Choose another colleague to transfer to' },
  CASE_COUNTERSIGN_NOT_ALLOWED: { status: 400, zh: '该环节不设会签', en: 'This step has no countersigning' },
  CASE_COUNTERSIGNERS_REQUIRED: { status: 400, zh: '请选择会签人（不含本环节经办人）', en: 'Choose the colleagues to countersign (not the step\'s own assignee)' },
  CASE_COUNTERSIGN_PENDING: { status: 409, zh: '会签意见尚未全部签署', en: 'Countersigning is not complete' },
  CASE_COUNTERSIGN_NOT_REQUESTED: { status: 409, zh: '没有请您会签', en: 'You were not asked to countersign' },
  CASE_EXTENSION_USED: { status: 409, zh: '办件已延期一次，不能再次延期', en: 'The case has already been extended once' },
  CASE_EXTENSION_INVALID: { status: 400, zh: '延期天数须为正整数且不超过法定可延长期限', en: 'The extension must be a whole number of days within the legal allowance' },
  CASE_SPECIAL_PROCEDURE_NOT_ALLOWED: { status: 400, zh: '该事项未设此特殊环节', en: 'The item does not list this special procedure' },
  CASE_SPECIAL_PROCEDURE_DATE_INVALID: { status: 400, zh: '特殊环节的计划结束日期不能早于开始日期', en: 'The planned end of the special procedure cannot be before its start' },
  CASE_COMMITMENT_NOT_ALLOWED: { status: 400, zh: '该事项不实行告知承诺制', en: 'The item does not allow commitment-based approval' },
  CASE_COMMITMENT_TEXT_REQUIRED: { status: 400, zh: '请保存申请人签署的承诺书内容', en: 'Keep the commitment text the applicant signed' },
  CASE_DEFICIENCY_INVALID: { status: 400, zh: '容缺受理须列明容缺材料，并约定不早于今天的补交日期', en: 'Accept-with-deficiency needs the missing materials and a promised date not before today' },
  CASE_DEFICIENCY_OUTSTANDING: { status: 409, zh: '容缺材料尚未补齐，不能作出准予决定', en: 'Materials accepted with deficiency are still missing; the case cannot be approved yet' },
  CASE_NO_DEFICIENCY: { status: 409, zh: '办件没有待补交的容缺材料', en: 'The case has no missing materials to make good' },
  CASE_NOT_IMMEDIATE: { status: 409, zh: '只有即办件可以当场办结', en: 'Only immediate items are concluded at the window' },
  CASE_PROCESS_INVALID: { status: 400, zh: '事项的办理流程须有 1 至 3 个环节', en: 'The item\'s process must have 1 to 3 steps' },
  CASE_CORRECTION_ITEMS_REQUIRED: { status: 400, zh: '补正告知须一次性列明全部需补正的材料及原因', en: 'A correction request must list every material to correct and why' },
  CASE_REASON_REQUIRED: { status: 400, zh: '请填写理由', en: 'A reason is required' },
  CASE_LEGAL_BASIS_REQUIRED: { status: 400, zh: '请填写法律依据', en: 'The legal basis is required' },
  CASE_PRE_REVIEW_PERIOD_PASSED: { status: 409, zh: '收到申请已超过 5 个工作日，依法视为受理（《行政许可法》第三十二条），不能再要求补正或不予受理', en: 'More than 5 working days have passed since receipt: the application counts as accepted (Administrative Licensing Law art. 32); corrections or rejection are no longer possible' },
  CASE_PRE_REVIEW_PERIOD_NOT_OVER: { status: 409, zh: '预审期限尚未届满', en: 'The pre-review period has not ended yet' },
} as const satisfies Record<string, { status: 400 | 409; zh: string; en: string }>;

export type CaseErrorCode = keyof typeof CASE_ERRORS;
export const CASE_ERROR_CODES = Object.keys(CASE_ERRORS) as CaseErrorCode[];
