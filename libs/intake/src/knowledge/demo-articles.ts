import type { DistrictReferenceResult } from '@civicloop/contracts';

/**
 * Standard answers (标准答复) the demonstration district starts with, so the portal and tests have
 * something to find. Categories and units are the demo template's (dispatch's demo-district.ts).
 */
export const DEMO_ARTICLES: ReadonlyArray<{ title: string; body: string; categoryCodes: string[]; ownerUnitCode: string; validFrom: string }> = [
  {
    title: '计划停水通知在哪里查询',
    body: '计划停水会提前 24 小时在小区公告栏、区水务局网站和“示范区发布”公众号公布，内容包括停水范围、时间和临时供水点。突发停水请拨打 12345 或供水抢修电话。',
    categoryCodes: ['utilities.water.outage'],
    ownerUnitCode: 'water-authority',
    validFrom: '2025-01-01',
  },
  {
    title: '生活垃圾分类投放时间和收运安排',
    body: '居民小区生活垃圾每日定时投放：早 7:00—9:00，晚 18:00—20:00。厨余垃圾、其他垃圾每日清运，可回收物每周二、五清运，有害垃圾每月第一个周六集中收运。垃圾满溢可拨打 12345 反映。',
    categoryCodes: ['environment.garbage'],
    ownerUnitCode: 'city-management',
    validFrom: '2025-01-01',
  },
  {
    title: '物业服务收费标准和投诉渠道',
    body: '住宅物业服务收费执行备案标准，物业须在小区显著位置公示收费项目和标准。对物业服务不满意，可先向业主委员会或社区居委会反映；协商不成的，可向区住房和城乡建设委员会投诉。',
    categoryCodes: ['housing.property'],
    ownerUnitCode: 'housing-bureau',
    validFrom: '2025-01-01',
  },
  {
    title: '夜间施工噪声扰民怎么办',
    body: '晚 22 时至次日 6 时禁止产生噪声的建筑施工作业，抢修、抢险和经批准的连续作业除外；经批准的夜间施工须提前公告。遇夜间施工噪声，可拨打 12345 反映，由城市管理部门核查处理。',
    categoryCodes: ['noise'],
    ownerUnitCode: 'city-management',
    validFrom: '2025-01-01',
  },
  {
    title: '交通信号灯故障报修',
    body: '发现路口信号灯不亮、常亮或倒计时错误，请说明路口名称和方向，拨打 12345 或 122 报修；交通支队接报后 2 小时内到场处置，期间由交警现场指挥。',
    categoryCodes: ['traffic.signal'],
    ownerUnitCode: 'traffic-police',
    validFrom: '2025-01-01',
  },
];

/** A district opened from the demo template: it has every category and unit the demo articles name. */
export function carriesDemoTemplate(reference: DistrictReferenceResult): boolean {
  const categories = new Set(reference.categories.map((category) => category.code));
  const units = new Set(reference.units.map((unit) => unit.code));
  return DEMO_ARTICLES.every((article) => units.has(article.ownerUnitCode) && article.categoryCodes.every((code) => categories.has(code)));
}
