import ArgumentParser

struct RunCommand: ParsableCommand { func run() throws {} }
