import type { DeputyBody } from '@civicloop/contracts';

export interface PrintableLetter {
  letterNo: string;
  unitName: string;
  receptionDate: string;
  placeName: string;
  issueDescription: string;
  deliberation: string;
  body: string;
  signerName: string;
  signerBody: DeputyBody;
  sentOn: string;
  orderNo: string;
}

const BODY_TITLES: Record<DeputyBody, string> = { 'party-congress': '党代表', 'peoples-congress': '人大代表', cppcc: '政协委员' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

const paragraphs = (text: string) => text.split(/\n+/).map((line) => `<p>${escape(line)}</p>`).join('\n');

/** 年月日 of a YYYY-MM-DD date. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * Step 5: the work letter (工作函) as a printable zh-CN document — one A4 page, no scripts, no
 * outside resources; everything it shows is escaped.
 */
export function workLetterHtml(letter: PrintableLetter): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>工作函 ${escape(letter.letterNo)}</title>
<style>
  @page { size: A4; margin: 25mm 20mm; }
  body { font-family: "SimSun", "Songti SC", serif; font-size: 16pt; line-height: 1.8; color: #000; }
  h1 { text-align: center; font-size: 22pt; letter-spacing: 0.3em; margin-bottom: 0.2em; }
  .no { text-align: center; margin-top: 0; }
  .signature { text-align: right; margin-top: 3em; }
  .meta { font-size: 12pt; color: #333; }
</style>
</head>
<body>
<h1>工作函</h1>
<p class="no">${escape(letter.letterNo)}</p>
<p>${escape(letter.unitName)}：</p>
<p>${chineseDate(letter.receptionDate)}，“两代表一委员”联合接待在${escape(letter.placeName)}接待居民，收到以下问题：</p>
${paragraphs(letter.issueDescription)}
<p><strong>议事情况：</strong></p>
${paragraphs(letter.deliberation)}
<p><strong>工作建议：</strong></p>
${paragraphs(letter.body)}
<p>请于一周内向街道联络员反馈办理情况，一个月内向代表正式答复。本事项已登记为工单 ${escape(letter.orderNo)}。</p>
<div class="signature">
<p>${BODY_TITLES[letter.signerBody]}：${escape(letter.signerName)}（签名）</p>
<p>${chineseDate(letter.sentOn)}</p>
</div>
</body>
</html>
`;
}
