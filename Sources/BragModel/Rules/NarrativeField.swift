/// The text fields of an item that can reach HMICFRS or the public.
public enum NarrativeField: Sendable, Hashable, CustomStringConvertible {
  /// The narrative written for the return.
  case returnNarrative
  /// The published response ("Action we have taken"), the return's narrative when no other is written.
  case response
  /// The text of a quarterly update, by its position in `updates` and its period.
  case update(index: Int, period: String)

  /// The field's path in the data file: "returnNarrative", "response", "updates[0]".
  public var description: String {
    switch self {
    case .returnNarrative: "returnNarrative"
    case .response: "response"
    case .update(let index, _): "updates[\(index)]"
    }
  }

  /// The field in plain words, for the board: "return narrative", "update for April–June 2025".
  public var words: String {
    switch self {
    case .returnNarrative: "return narrative"
    case .response: "response"
    case .update(_, let period): "update for \(SafeText.singleLine(period))"
    }
  }

  /// The field with words a person recognises: "update text (April–June 2025)".
  public var longDescription: String {
    switch self {
    case .returnNarrative: "returnNarrative"
    case .response: "response"
    case .update(let index, let period): "updates[\(index)] text (\(SafeText.singleLine(period)))"
    }
  }
}

extension Item {
  /// The fields of this item that can reach HMICFRS (in a return) or the public (on the
  /// progress page), with their texts: the return narrative, the response and the quarterly
  /// updates. The one list every sensitive-information check scans: the return, the page,
  /// `brag validate` and the board's `!` mark.
  public var reportableTexts: [(field: NarrativeField, text: String)] {
    var fields: [(field: NarrativeField, text: String)] = []
    if let narrative = returnNarrative { fields.append((.returnNarrative, narrative)) }
    if let response { fields.append((.response, response)) }
    for (index, update) in updates.enumerated() {
      fields.append((.update(index: index, period: update.period), update.text))
    }
    return fields
  }
}
