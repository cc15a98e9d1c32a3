import { ValidationFailed, type TriageDecision } from '@civicloop/contracts';
import { validTriage } from './triage-rules';

const handOver = (extra: Partial<TriageDecision>) => () => validTriage('help', { outcome: 'handed-to-emergency', reason: '突发疾病，转 120', ...extra });

describe('an emergency is handed to 110, 119, 120 or 122', () => {
  it('records which service took it', () => {
    expect(handOver({ emergencyService: '120' })()).toMatchObject({ outcome: 'handed-to-emergency', emergencyService: '120' });
  });

  it('needs one of the four services', () => {
    expect(handOver({})).toThrow(ValidationFailed);
    expect(handOver({ emergencyService: '999' as never })).toThrow(/emergencyService: must be one of: 110, 119, 120, 122/);
  });

  it('takes no article or referral with it', () => {
    expect(handOver({ emergencyService: '119', referredTo: '法院' })).toThrow(/referredTo: only goes with the outcome referred/);
  });
});
