import BragUI
import Testing

@testable import BragTerminal

@Suite("StyleTable")
struct StyleTableTests {
  let colour256 = ColorSupport.colors(256)
  let colour8 = ColorSupport.colors(8)

  @Test("NO_COLOR with any non-empty value turns colour off; an empty one does not")
  func noColor() {
    #expect(
      ColorSupport.decide(hasColors: true, colorCount: 256, environment: ["NO_COLOR": "1"]) == .monochrome)
    #expect(
      ColorSupport.decide(hasColors: true, colorCount: 256, environment: ["NO_COLOR": "yes"]) == .monochrome)
    #expect(
      ColorSupport.decide(hasColors: true, colorCount: 256, environment: ["NO_COLOR": ""]) == .colors(256))
    #expect(ColorSupport.decide(hasColors: true, colorCount: 8, environment: [:]) == .colors(8))
    #expect(ColorSupport.decide(hasColors: false, colorCount: 8, environment: [:]) == .monochrome)
    #expect(ColorSupport.decide(hasColors: true, colorCount: -1, environment: [:]) == .monochrome)
  }

  @Test("BRAG ratings get their colours")
  func bragColours() {
    for colors in [colour8, ColorSupport.colors(16), colour256] {
      #expect(StyleTable.look(for: .red, colors: colors).foreground == 1)
      #expect(StyleTable.look(for: .green, colors: colors).foreground == 2)
      #expect([4, 12].contains(StyleTable.look(for: .blue, colors: colors).foreground))
    }
    #expect(StyleTable.look(for: .amber, colors: colour8).foreground == 3)  // yellow
    #expect(StyleTable.look(for: .amber, colors: colour256).foreground == 214)  // orange
    #expect(StyleTable.look(for: .unrated, colors: colour256).foreground == 8)  // grey
    #expect(StyleTable.look(for: .unrated, colors: colour8).attributes == .dim)  // no grey with 8 colours
  }

  @Test("in colour: overdue stands out, selected is reversed, titles are bold")
  func colourLooks() {
    for colors in [colour8, colour256] {
      let overdue = StyleTable.look(for: .overdue, colors: colors)
      #expect(
        overdue.foreground == 1 && overdue.attributes.contains(.bold) && overdue.attributes.contains(.reverse)
      )
      #expect(StyleTable.look(for: .selected, colors: colors).attributes == .reverse)
      #expect(StyleTable.look(for: .title, colors: colors).attributes.contains(.bold))
      #expect(StyleTable.look(for: .error, colors: colors) == Look(foreground: 1, .bold))
      #expect(StyleTable.look(for: .normal, colors: colors) == Look())
      #expect(StyleTable.look(for: .input, colors: colors).attributes.contains(.underline))
    }
  }

  @Test("monochrome uses attributes only")
  func monoHasNoColour() {
    for role in StyleRole.allCases {
      let look = StyleTable.look(for: role, colors: .monochrome)
      #expect(look.foreground == -1 && look.background == -1, "\(role)")
    }
  }

  @Test("monochrome keeps selected, overdue, error and input apart, and overdue visible")
  func monoDistinct() {
    let roles: [StyleRole] = [.selected, .overdue, .error, .input, .normal]
    let looks = roles.map { StyleTable.look(for: $0, colors: .monochrome) }
    #expect(Set(looks).count == roles.count)
    #expect(StyleTable.look(for: .selected, colors: .monochrome).attributes == .reverse)
    #expect(StyleTable.look(for: .overdue, colors: .monochrome).attributes == [.bold, .underline])
    #expect(StyleTable.look(for: .error, colors: .monochrome).attributes == [.bold, .reverse])
    #expect(StyleTable.look(for: .input, colors: .monochrome).attributes == .underline)
    #expect(StyleTable.look(for: .title, colors: .monochrome).attributes == .bold)
    #expect(StyleTable.look(for: .highlight, colors: .monochrome).attributes != [])
  }

  @Test("in colour too, the roles that must be told apart are")
  func colourDistinct() {
    for colors in [colour8, colour256] {
      let roles: [StyleRole] = [
        .selected, .overdue, .error, .input, .normal, .red, .amber, .green, .blue, .unrated,
      ]
      #expect(Set(roles.map { StyleTable.look(for: $0, colors: colors) }).count == roles.count)
    }
  }

  @Test("every role has its own colour pair, never pair 0")
  func pairs() {
    let pairs = StyleRole.allCases.map(StyleTable.pair(for:))
    #expect(Set(pairs).count == StyleRole.allCases.count)
    #expect(!pairs.contains(0))
    #expect(pairs.max()! < 64)  // 8-colour terminals offer 64 pairs
  }
}
