/// A command that cannot do what was asked, for a reason that is not a mistake in its arguments:
/// printed as one line, exit status 1, without the usage text a ValidationError brings.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    // Messages from lower layers sometimes carry the program's name already.
    self.description = description.hasPrefix("brag: ") ? String(description.dropFirst(6)) : description
  }
}
