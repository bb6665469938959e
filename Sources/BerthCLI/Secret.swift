import ArgumentParser
import Foundation
import Manifest

/// `berth secret`: keys and sealed values for `secretEnv`.
struct Secret: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make the controller's key pair and seal values for secretEnv.",
        discussion: """
            The controller holds the private key (controller config: secrets.keyFile); anyone who deploys gets
            the public key and seals values with it. A sealed value opens only for the deployment and variable
            it was sealed for.
            """,
        subcommands: [Keygen.self, Seal.self]
    )

    /// `berth secret keygen --out FILE`.
    struct Keygen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a new private key to FILE (mode 0600) and its public key to FILE.pub."
        )

        @Option(help: ArgumentHelp("Where to write the private key; the public key goes to FILE.pub.", valueName: "FILE"))
        var out: String

        @Flag(help: "Replace existing key files (values sealed to the old key will no longer open).")
        var force = false

        func run() throws {
            let publicPath = out + ".pub"
            if !force {
                for path in [out, publicPath] where FileManager.default.fileExists(atPath: path) {
                    throw CommandFailure.usage("\(path) already exists; pass --force to replace it")
                }
            }
            let pair = SecretKeyPair.generate()
            try write(pair.privateKeyText, to: out, permissions: 0o600)
            try write(pair.publicKeyText, to: publicPath, permissions: 0o644)
            print("wrote private key \(out) (mode 0600) and public key \(publicPath)")
        }

        private func write(_ text: String, to path: String, permissions: Int) throws {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw CommandFailure(
                    exitCode: 2, message: "--out \(path): directory \(directory) does not exist", path: directory,
                    hint: "create it first (mkdir -p \(directory)) or choose another --out")
            }
            let attributes: [FileAttributeKey: Any] = [.posixPermissions: permissions]
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: attributes) else {
                let writable = FileManager.default.isWritableFile(atPath: directory)
                let reason = writable ? "cannot be written" : "permission denied"
                throw CommandFailure(
                    exitCode: 1, message: "--out \(path): \(reason)", path: path,
                    hint: "choose a path in a directory this user may write, or run as its owner")
            }
            // createFile keeps the mode of a file it replaces: set it explicitly.
            try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
        }
    }

    /// `berth secret seal --public-key FILE --deployment NAME --name VAR [VALUE | -]`.
    struct Seal: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Seal a value for one deployment's secretEnv variable and print berth:v1:...",
            discussion: """
                Pass the value as an argument, or `-` (or nothing) to read it from standard input, which keeps
                it out of your shell history. One trailing newline on standard input is dropped.
                """
        )

        @Option(help: ArgumentHelp("The controller's public key (FILE.pub from `berth secret keygen`).", valueName: "FILE"))
        var publicKey: String

        @Option(help: "The deployment (metadata.name) the value is for.")
        var deployment: String

        @Option(help: "The variable name in secretEnv, e.g. DB_PASSWORD.")
        var name: String

        @Argument(help: "The value, or - to read standard input.")
        var value: String = "-"

        func validate() throws {
            if let problem = Names.deploymentNameProblem(deployment) {
                throw ValidationError("--deployment: \(problem); manifests would refuse it as metadata.name")
            }
            if let problem = Names.variableNameProblem(name) {
                throw ValidationError("--name: \(problem); manifests would refuse it in spec.secretEnv")
            }
        }

        func run() throws {
            let keyText: String
            do {
                keyText = try String(contentsOfFile: publicKey, encoding: .utf8)
            } catch {
                throw CommandFailure.usage("cannot read public key \(publicKey): \(error.localizedDescription)")
            }
            do {
                let key = try SecretKeyPair.publicKey(fromText: keyText, source: publicKey)
                print(try SealedSecret.seal(plaintext(), to: key, deployment: deployment, variable: name))
            } catch let error as SecretError {
                throw CommandFailure.usage(error.message)
            }
        }

        private func plaintext() -> Data {
            guard value == "-" else { return Data(value.utf8) }
            var input = FileHandle.standardInput.readDataToEndOfFile()
            if input.last == UInt8(ascii: "\n") { input.removeLast() }
            return input
        }
    }
}
