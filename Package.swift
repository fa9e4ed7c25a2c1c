// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "BragBoard",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "brag", targets: ["brag"]),
    .executable(name: "brag-bench", targets: ["brag-bench"]),
    .library(name: "BragModel", targets: ["BragModel"]),
    .library(name: "BragExchange", targets: ["BragExchange"]),
    .library(name: "BragUI", targets: ["BragUI"]),
    .library(name: "BragTerminal", targets: ["BragTerminal"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // The domain core: types, rules, timescales, the JSON store, the row index, queries, edits.
    // It knows nothing of terminals or file formats.
    .target(name: "BragModel"),
    // File formats beside the model: importers, exports, validation, the sensitive-information guard.
    .target(
      name: "BragExchange",
      dependencies: [
        "BragModel",
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "Mustache", package: "swift-mustache"),
        // The zip container of .xlsx workbooks, read and written.
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // The bundled sample data, compiled into the binary so `brag init` works from any install.
    .target(
      name: "BragSampleData",
      resources: [
        .embedInCode("fixtures/staffs-values-culture-2023.json"),
        .embedInCode("fixtures/staffs-misconduct-2024.json"),
        .embedInCode("fixtures/staffs-round3-2024.json"),
        .embedInCode("fixtures/mfrs-action-plan-2023.json"),
      ]
    ),
    // The board: state, key handling and rendering into an in-memory screen buffer.
    .target(
      name: "BragUI",
      dependencies: ["BragModel"]
    ),
    // ncursesw, wide characters and UTF-8.
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // The only module that talks to the terminal: draws a ScreenBuffer, reads keys and the mouse.
    .target(
      name: "BragTerminal",
      dependencies: ["BragUI", "CNcursesw"]
    ),
    .executableTarget(
      name: "brag",
      dependencies: [
        "BragModel",
        "BragExchange",
        "BragUI",
        "BragTerminal",
        "BragSampleData",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The reliability gauntlet: faults thrown at the real `brag` binary, for tests and brag-bench.
    .target(
      name: "BragGauntlet",
      dependencies: ["BragModel", "BragSampleData"]
    ),
    .executableTarget(
      name: "brag-bench",
      dependencies: [
        "BragGauntlet",
        "BragModel",
        "BragExchange",
        "BragUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Drives the real `brag` binary: exit codes, stderr and stdout as a user sees them.
    .testTarget(
      name: "BragCLITests",
      dependencies: ["brag", "BragModel", "BragGauntlet", "BragTestSupport"]
    ),
    .testTarget(
      name: "BragUITests",
      dependencies: ["BragUI", "BragModel", "BragExchange", "BragSampleData", "BragTestSupport"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "BragTerminalTests",
      dependencies: ["BragTerminal", "BragUI"]
    ),
    // The sample data and seed documents as the model's and the formats' tests read them.
    .target(
      name: "BragTestSupport",
      dependencies: ["BragModel", "BragSampleData"],
      path: "Tests/BragTestSupport",
      exclude: ["Seeds"]
    ),
    .testTarget(
      name: "BragModelTests",
      dependencies: ["BragModel", "BragSampleData", "BragTestSupport"]
    ),
    .testTarget(
      name: "BragExchangeTests",
      dependencies: ["BragExchange", "BragModel", "BragSampleData", "BragTestSupport"],
      resources: [.copy("Golden"), .copy("Corpus"), .copy("Standards")]
    ),
  ]
)
