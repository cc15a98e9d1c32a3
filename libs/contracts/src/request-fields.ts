/** The vocabulary of a request (工单), shared by every service and the portal. */
export const CHANNELS = ['hotline', 'app', 'wechat', 'web', 'suggestion-box', 'visit', 'reception', 'station'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 咨询, 求助, 投诉, 举报, 建议, 表扬. */
export const REQUEST_TYPES = ['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const URGENCIES = ['emergency', 'utilities', 'general', 'complex'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** 已解决, 部分解决, 已解释. */
export const REPLY_OUTCOMES = ['solved', 'partly-solved', 'explained'] as const;
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];

/** 满意, 基本满意, 不满意. */
export const SATISFACTION_LEVELS = ['satisfied', 'basically-satisfied', 'not-satisfied'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];
