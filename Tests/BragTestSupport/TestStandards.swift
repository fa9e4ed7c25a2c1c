import BragModel

/// Fire Standards of our own making for tests that must not depend on the catalogue's facts.
public enum TestStandards {
  /// "Test Protection", version FSD-TST01: requirements 1 (must), 1.1 (should), 1.2 and 2.
  public static let protection = FireStandard(
    order: 8, key: "test-protection", title: "Test Protection",
    versions: [
      StandardVersion(
        code: "FSD-TST01",
        requirements: [
          StandardRequirement(
            key: "test-protection.plan", clause: "1", label: "a risk-based inspection plan"),
          StandardRequirement(
            key: "test-protection.audit", clause: "1.1", obligation: .should,
            label: "audits of high-risk premises"),
          StandardRequirement(
            key: "test-protection.enforce", clause: "1.2", label: "enforcement when needed"),
          StandardRequirement(key: "test-protection.staff", clause: "2", label: "competent protection staff"),
        ], source: "https://example.org/test-protection")
    ])
}
