import ArgumentParser
import Foundation
import Reconciler

/// `berth init [DIR]`: scaffolds a config repository (and a state dir's secrets), never overwriting anything.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a config repository skeleton: berth.yaml, deployments/hello.yaml and a .gitignore.",
        discussion: """
            With --state-dir it also writes that state dir's webhook secret, API token and secrets key pair \
            (secret.key and secret.key.pub; mode 0600 but the public key), and berth.yaml points at them. Nothing \
            that exists is overwritten: when any of the files is there, init changes nothing, names it and exits 2. \
            Then it prints the next steps: commit, push, point the forge's webhook at the listener, berth run.
            """
    )

    @Argument(help: ArgumentHelp("The config repository's working directory (created when missing).", valueName: "DIR"))
    var directory = "."

    @Option(help: ArgumentHelp("Also write this state dir's secrets, and use it in berth.yaml.", valueName: "DIR"))
    var stateDir: String?

    @Option(help: ArgumentHelp("The URL berth run fetches the repository from (default: DIR as a file:// URL).", valueName: "URL"))
    var repoURL: String?

    @Option(help: "The image of the example deployment.")
    var exampleImage = "nginx:1.27-alpine"

    func run() throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let state = stateDir.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let scaffold = ConfigScaffold(directory: root, stateDir: state, exampleImage: exampleImage, repositoryURL: repoURL)
        let written: [ConfigScaffold.File]
        do {
            written = try scaffold.write()
        } catch let exists as ConfigScaffold.Exists {
            throw CommandFailure(
                exitCode: 2, message: exists.description, path: exists.paths.first,
                hint: "init only starts a new repository; edit the files that exist, or init into another directory")
        }
        for file in written {
            print("wrote \(file.path) (mode \(String(file.mode, radix: 8)))")
        }
        print(
            """

            Next:
              cd \(root) && git init -b main && git add -A && git commit -m "berth: start"
              git remote add origin <your forge's repository> && git push -u origin main   # then set configRepo.url
              berth plan --config \(root)/berth.yaml        # what berth would do
              point the forge's push webhook at http://<this host>:8088/hooks/<github|gitlab|gitea|generic> (listen in berth.yaml)\(state == nil ? "" : ", secret in \(state!)/webhook-secret")
              berth run --config \(root)/berth.yaml         # keep the host in line with the repository
            """)
    }
}
