import { workLetterHtml, type PrintableLetter } from './work-letter-html';

const letter: PrintableLetter = {
  letterNo: '东华门〔2026〕第1号',
  unitName: '东华门街道',
  receptionDate: '2026-12-31',
  placeName: '南池子社区',
  issueDescription: '小区门口下水道堵塞。',
  deliberation: '三位代表委员现场查看后一致认为需疏通。',
  body: '建议一周内完成疏通。',
  signerName: '王<script>',
  signerBody: 'peoples-congress',
  sentOn: '2027-01-04',
  orderNo: '2027-000001',
};

describe('the work letter prints as a zh-CN document signed by the deputy', () => {
  const html = workLetterHtml(letter);

  it('is a Chinese A4 document addressed to the department', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('<p>东华门街道：</p>');
    expect(html).toContain('2026年12月31日');
  });

  it('is signed by the deputy with their body and dated', () => {
    expect(html).toContain('人大代表：王&lt;script&gt;（签名）');
    expect(html).toContain('2027年1月4日');
  });

  it('escapes what people wrote and runs no script', () => {
    expect(html).not.toContain('<script>');
  });

  it('names the reply chain and the order it became', () => {
    expect(html).toContain('一周内');
    expect(html).toContain('一个月内');
    expect(html).toContain('2027-000001');
  });
});
