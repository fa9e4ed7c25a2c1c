@testable import BragModel

enum UnknownFieldsProbe {
  static var sample: Report { UnknownFields.schemaSample }
}
