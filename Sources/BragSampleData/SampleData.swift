/// The bundled sample data: four real progress reports transcribed from public documents
/// (see `fixtures/`), compiled into the binary so `brag init` works wherever brag is installed.
public enum SampleData {
  /// File name and exact bytes of each sample report file, sorted by name.
  public static let files: [(name: String, bytes: [UInt8])] = [
    ("mfrs-action-plan-2023.json", PackageResources.mfrs_action_plan_2023_json),
    ("staffs-misconduct-2024.json", PackageResources.staffs_misconduct_2024_json),
    ("staffs-round3-2024.json", PackageResources.staffs_round3_2024_json),
    ("staffs-values-culture-2023.json", PackageResources.staffs_values_culture_2023_json),
  ]
}
