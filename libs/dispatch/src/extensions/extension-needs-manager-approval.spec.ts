import { firstExtensionState } from './extension-rules';

describe("an extension leaves the unit only after its manager approves, when the district turns that step on", () => {
  it('waits for the unit manager first when the district requires it', () => {
    expect(firstExtensionState(true)).toBe('awaiting-manager');
  });

  it('goes straight to the dispatchers when it does not', () => {
    expect(firstExtensionState(false)).toBe('awaiting-dispatcher');
  });
});
