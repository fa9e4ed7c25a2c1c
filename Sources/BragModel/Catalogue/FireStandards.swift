/// The bundled catalogue of the 19 Fire Standards (`FireStandard`), in published order.
///
/// Facts only, each version citing its source; a standard whose facts were not found is listed
/// with no versions. Requirement labels are our own words.
public enum FireStandards {
  public static let all: [FireStandard] = [
    FireStandard(
      order: 1, key: "emergency-response-driving", title: "Emergency Response Driving", versions: [])
  ]
}
