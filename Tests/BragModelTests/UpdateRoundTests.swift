import BragTestSupport
import Foundation
import Testing

@testable import BragModel

@Suite("The update round: who is asked, and who has not replied")
struct UpdateRoundTests {
  static let plan = "mfrs-action-plan-2023"
  static let sentAt = "2026-11-27T10:00:00Z"

  func round(_ ids: [String], owner: String = "People and Organisational Development") -> UpdateRound {
    UpdateRound(
      id: UpdateRound.id(for: Self.sentAt), sentAt: Self.sentAt, sentOn: Samples.today,
      replyBy: CalendarDate("2026-12-11")!, period: "October–December 2026",
      requests: [UpdateRound.Request(owner: owner, ids: ids)])
  }

  @Test("requests: open actions per owner; complete ones left out, unowned ones counted apart")
  func requestLines() throws {
    let reports = Samples.reports.values.sorted { $0.id < $1.id }
    let groups = UpdateRound.requestLines(in: reports)
    // Protection's only action is complete; every other owned action is People and OD's.
    #expect(groups.map(\.owner) == ["People and Organisational Development"])
    #expect(groups[0].lines.count == 21)
    #expect(groups[0].lines.first?.id.description == "\(Self.plan)/afi-2/a1")
    #expect(groups[0].lines.first?.ref == "AFI 2.1")
    #expect(groups[0].lines.first?.lastUpdate?.period == "April–June 2025")
    #expect(UpdateRound.requestLines(in: reports, owner: "protection").isEmpty)
    #expect(UpdateRound.requestLines(in: reports, owner: "PEOPLE and org").count == 1)
    // Open items with no owner: 3 misconduct, 4 Round 3, 5 plan items.
    #expect(UpdateRound.unowned(in: reports).count == 12)
  }

  @Test("held items are asked about and marked; an extended date keeps the original beside it")
  func heldAndExtended() throws {
    var report = Samples.report(Self.plan)
    let id = RowID(report: Self.plan, item: "afi-2", action: "a2")
    try report.apply(
      .hold(reason: "national survey", waitingOn: "NFCC"), to: id, author: "Chair", at: Self.sentAt)
    try report.apply(
      .revisedDue(CalendarDate("2027-03-31")!, reason: "survey late"), to: id, author: "Chair",
      at: Self.sentAt)
    let line = try #require(UpdateRound.requestLines(in: [report])[0].lines.first { $0.id == id })
    #expect(line.hold == "waiting on NFCC: national survey")
    #expect(line.due == CalendarDate("2027-03-31"))
    #expect(line.originalDue == CalendarDate("2024-06-30"))
  }

  @Test("last update: an action's own (its label taken off), else its item's own, never another action's")
  func lastUpdate() throws {
    var report = Samples.report(Self.plan)
    try report.apply(
      .addUpdate(
        QuarterlyUpdate(
          period: "October–December 2026", date: Samples.today,
          text: UpdateRound.actionUpdatePrefix("a1") + "Closed")),
      to: RowID(report: Self.plan, item: "afi-2"), author: "x", at: Self.sentAt)
    let lines = UpdateRound.requestLines(in: [report])[0].lines
    let a1 = try #require(lines.first { $0.id.action == "a1" && $0.id.item == "afi-2" })
    #expect(a1.lastUpdateText == "Closed")
    #expect(!a1.lastUpdateIsItems)
    let a2 = try #require(lines.first { $0.id.action == "a2" && $0.id.item == "afi-2" })
    #expect(a2.lastUpdate?.period == "April–June 2025")
    #expect(a2.lastUpdateIsItems)
  }

  @Test(
    "awaiting: everything asked until a reply; an item's update, an action's labelled update or extension request"
  )
  func awaiting() throws {
    var report = Samples.report(Self.plan)
    let a1 = "\(Self.plan)/afi-2/a1"
    let a2 = "\(Self.plan)/afi-2/a2"
    let item = "\(Self.plan)/afi-3"
    report.items[2].owner = "Head of People"
    let round = round([a1, a2, item])
    #expect(round.awaiting(in: [report]).map(\.id.description) == [a1, a2, item])
    // An update recorded before the round does not count.
    try report.apply(
      .addUpdate(QuarterlyUpdate(period: "October–December 2026", date: Samples.today, text: "Before")),
      to: RowID(item)!, author: "x", at: "2026-11-27T09:59:59Z")
    #expect(round.awaiting(in: [report]).count == 3)
    // The item's owner replies: an update recorded after.
    try report.apply(
      .addUpdate(QuarterlyUpdate(period: "October–December 2026", date: Samples.today, text: "Done")),
      to: RowID(item)!, author: "x", at: "2026-11-27T11:00:00Z")
    #expect(round.awaiting(in: [report]).map(\.id.description) == [a1, a2])
    // An action's reply is its item's update labelled for it; another action's stays awaited.
    try report.apply(
      .addUpdate(
        QuarterlyUpdate(
          period: "October–December 2026", date: Samples.today,
          text: UpdateRound.actionUpdatePrefix("a1") + "Survey closed")),
      to: RowID(report: Self.plan, item: "afi-2"), author: "x", at: "2026-11-27T11:00:00Z")
    #expect(round.awaiting(in: [report]).map(\.id.description) == [a2])
    #expect(round.awaiting(in: [report]).first?.owner == "People and Organisational Development")
    // An extension request on the action itself is a reply too.
    try report.apply(
      .requestExtension(CalendarDate("2027-06-30")!, reason: "survey late"), to: RowID(a2)!, author: "x",
      at: "2026-11-28T08:00:00Z")
    #expect(round.awaiting(in: [report]).isEmpty)
  }

  @Test("awaiting: an update to an item for its action does not answer for the item; complete ones drop out")
  func itemVersusAction() throws {
    var report = Samples.report(Self.plan)
    report.items[1].owner = "Head of People"
    let item = "\(Self.plan)/afi-2"
    let action = "\(Self.plan)/afi-2/a3"
    let round = round([item, action])
    try report.apply(
      .addUpdate(
        QuarterlyUpdate(
          period: "October–December 2026", date: Samples.today,
          text: UpdateRound.actionUpdatePrefix("a3") + "Pulse")),
      to: RowID(item)!, author: "x", at: "2026-11-27T12:00:00Z")
    #expect(round.awaiting(in: [report]).map(\.id.description) == [item])
    #expect(round.awaiting(in: [report]).first?.owner == "Head of People")
    try report.apply(.brag(.blue, reason: "done"), to: RowID(item)!, author: "x", at: "2026-11-27T12:00:00Z")
    #expect(round.awaiting(in: [report]).isEmpty)
  }

  @Test("an owner handed over since: the awaited row names the new owner and the one asked")
  func handedOver() throws {
    var report = Samples.report(Self.plan)
    let action = "\(Self.plan)/afi-4/a1"
    try report.apply(.owner("Jo Bloggs", reason: nil), to: RowID(action)!, author: "x", at: Self.sentAt)
    let awaited = round([action]).awaiting(in: [report])
    #expect(awaited.map(\.owner) == ["Jo Bloggs"])
    #expect(awaited.map(\.asked) == ["People and Organisational Development"])
  }

  @Test("rounds are saved in requests/ and the latest is the one sent last")
  func store() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let rounds = UpdateRounds(dataFolder: DataFolder(path: folder))
    var first = round(["\(Self.plan)/afi-2/a1"])
    first.sentAt = "2026-08-05T09:00:00Z"
    first.id = UpdateRound.id(for: first.sentAt)
    try rounds.save(first)
    let second = round(["\(Self.plan)/afi-2/a2"])
    try rounds.save(second)
    #expect(try rounds.latest() == second)
    #expect(try rounds.all().rounds.map(\.id) == ["20260805T090000Z", "20261127T100000Z"])
    #expect(FileManager.default.fileExists(atPath: folder + "/requests/20261127T100000Z.json"))
    // Not a report: the folder's reports are its top-level files only.
    #expect(try DataFolder(path: folder).reportIDs().isEmpty)
  }

  @Test("the board's decisions after the round are not the owner's reply; the owner's request is")
  func boardDecisionsAreNotReplies() throws {
    var report = Samples.report(Self.plan)
    let id = RowID(report: Self.plan, item: "afi-2", action: "a1")
    try report.apply(
      .requestExtension(CalendarDate("2027-06-30")!, reason: "supplier"), to: id, author: "Owner",
      at: "2026-11-01T10:00:00Z")
    let round = self.round([id.description])
    #expect(!round.hasReplied(id, in: report))
    try report.apply(.refuseExtension(reason: "no"), to: id, author: "Chair", at: "2026-11-28T10:00:00Z")
    #expect(!round.hasReplied(id, in: report))
    try report.apply(
      .requestExtension(CalendarDate("2027-03-31")!, reason: "again"), to: id, author: "Owner",
      at: "2026-11-29T10:00:00Z")
    #expect(round.hasReplied(id, in: report))
  }
}
