import BragModel

extension BRAG {
  /// The style role that colours this rating.
  var role: StyleRole {
    switch self {
    case .blue: .blue
    case .red: .red
    case .amber: .amber
    case .green: .green
    case .unrated: .unrated
    }
  }
}
