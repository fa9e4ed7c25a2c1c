// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "BragBoard",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "brag", targets: ["brag"]),
    .executable(name: "brag-bench", targets: ["brag-bench"]),
    .library(name: "BragModel", targets: ["BragModel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
  ],
  targets: [
    // Pure model: domain types, deadline rules, store, queries, export. No terminal code.
    .target(
      name: "BragModel",
      dependencies: [.product(name: "CSV", package: "CSV.swift")]
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
    .executableTarget(
      name: "brag",
      dependencies: [
        "BragModel",
        "BragSampleData",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "brag-bench",
      dependencies: [
        "BragModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Drives the real `brag` binary: exit codes, stderr and stdout as a user sees them.
    .testTarget(
      name: "BragCLITests",
      dependencies: ["brag", "BragModel"]
    ),
    .testTarget(
      name: "BragModelTests",
      dependencies: ["BragModel", "BragSampleData"],
      resources: [.copy("Seeds")]
    ),
  ]
)
