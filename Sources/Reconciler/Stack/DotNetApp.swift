import Foundation
import Manifest

/// A .NET project (`*.csproj` or `*.fsproj`): published in an SDK stage, run on the ASP.NET runtime told its URL.
struct DotNetApp: StackApp, Hashable {
    static let stack = Stack.dotnet
    static let lookedFor = "*.csproj or *.fsproj (dotnet)"

    let project: String
    let assembly: String
    let web: Bool

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        guard let project = (files.files(endingIn: ".csproj") + files.files(endingIn: ".fsproj")).first else {
            return nil
        }
        let text = files.text(project) ?? ""
        let web = text.contains("Microsoft.NET.Sdk.Web")
        let assembly =
            text.range(of: "<AssemblyName>").map { start in
                String(text[start.upperBound...].prefix(while: { $0 != "<" }))
            } ?? String(project.prefix(upTo: project.lastIndex(of: ".")!))
        var evidence = ["\(project) is a .NET project"]
        if web { evidence.append("\(project) uses Microsoft.NET.Sdk.Web") }
        return DotNetApp(project: project, assembly: assembly, web: web).candidate(
            framework: web ? "aspnetcore" : nil, packageManager: "dotnet", rank: web ? .framework : .manifest,
            evidence: evidence)
    }

    func dockerfile(images: StackImages) -> String {
        var text = DockerfileText(for: "dotnet\(web ? " (aspnetcore)" : "")")
        text.stage(images.base(.dotnet, default: "mcr.microsoft.com/dotnet/sdk:8.0"), as: "build")
        text.add(
            "WORKDIR /src", "COPY \(project) ./", "RUN dotnet restore \(project)", "COPY . .",
            "RUN dotnet publish \(project) -c Release -o /out --no-restore")
        text.stage(images.runtime(.dotnet, default: "mcr.microsoft.com/dotnet/aspnet:8.0"))
        text.add("WORKDIR /app", "COPY --from=build /out ./")
        text.serve("env ASPNETCORE_URLS=http://0.0.0.0:$PORT dotnet \(assembly).dll")
        return text.text
    }
}
