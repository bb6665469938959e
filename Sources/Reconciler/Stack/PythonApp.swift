import Foundation
import Manifest

/// A Python app: Django, Flask or FastAPI; installed with pip (requirements.txt or pyproject.toml), Poetry or uv.
struct PythonApp: StackApp, Hashable {
    static let stack = Stack.python
    static let lookedFor = "requirements.txt, pyproject.toml or manage.py (python)"

    let packageManager: String
    /// The command that serves the app on `$PORT`.
    let command: String
    /// `vendor/` holds the wheels: pip installs from it alone (builds reach no registry).
    let vendored: Bool
    /// Whether pip installs from requirements.txt (else from pyproject.toml, when there is one).
    let hasRequirements: Bool
    let hasPyproject: Bool

    static func detect(in files: ProjectFiles) -> StackCandidate? {
        let requirements = files.text("requirements.txt")
        let pyproject = files.text("pyproject.toml")
        guard requirements != nil || pyproject != nil || files.has("manage.py") else { return nil }
        let manager: String
        var evidence: [String] = []
        let source: String
        if files.has("uv.lock") {
            (manager, source) = ("uv", "pyproject.toml")
            evidence.append("uv.lock names uv")
        } else if files.has("poetry.lock") || pyproject?.contains("[tool.poetry") == true {
            (manager, source) = ("poetry", "pyproject.toml")
            evidence.append(files.has("poetry.lock") ? "poetry.lock names poetry" : "pyproject.toml has [tool.poetry]")
        } else {
            manager = "pip"
            source = requirements != nil ? "requirements.txt" : "pyproject.toml"
        }
        let names = PackageNames(lines: [requirements, pyproject].compactMap(\.self).joined(separator: "\n"))
        let module = files.first(of: ["app.py", "main.py", "wsgi.py", "application.py", "server.py"])
            .map { String($0.dropLast(3)) }
        let framework: String?
        let command: String
        let rank: StackRank
        if files.has("manage.py") || names.contains("django") {
            framework = "django"
            rank = .framework
            let project = djangoProject(files.text("manage.py")) ?? "app"
            command =
                names.contains("gunicorn")
                ? "gunicorn --bind 0.0.0.0:$PORT \(project).wsgi"
                : "python3 manage.py runserver 0.0.0.0:$PORT --noreload"
            evidence.insert(
                [files.has("manage.py") ? "manage.py" : nil, names.contains("django") ? "django in \(source)" : nil]
                    .compactMap(\.self).joined(separator: ", "), at: 0)
        } else if names.contains("fastapi") {
            framework = "fastapi"
            rank = .framework
            command = "uvicorn \(module ?? "main"):app --host 0.0.0.0 --port $PORT"
            evidence.insert("fastapi in \(source)" + (module.map { ", \($0).py" } ?? ""), at: 0)
        } else if names.contains("flask") {
            framework = "flask"
            rank = .framework
            let target = module ?? "app"
            command =
                names.contains("gunicorn")
                ? "gunicorn --bind 0.0.0.0:$PORT \(target):app"
                : "python3 -m flask --app \(target) run --host 0.0.0.0 --port $PORT"
            evidence.insert("flask in \(source)" + (module.map { ", \($0).py" } ?? ""), at: 0)
        } else {
            framework = nil
            rank = module != nil ? .manifest : .tooling
            command = "python3 \(module ?? "main").py"
            evidence.insert(
                module.map { "\(source) and \($0).py" } ?? "\(source) but no app module (app.py, main.py, ...)", at: 0)
        }
        let vendored = manager == "pip" && requirements != nil && files.hasDirectory("vendor")
        if vendored { evidence.append("vendor/ holds the dependencies (installed with --no-index)") }
        return PythonApp(
            packageManager: manager, command: command, vendored: vendored, hasRequirements: requirements != nil,
            hasPyproject: pyproject != nil
        )
        .candidate(framework: framework, packageManager: manager, rank: rank, evidence: evidence)
    }

    /// `mysite` from manage.py's `DJANGO_SETTINGS_MODULE", "mysite.settings"`.
    private static func djangoProject(_ manage: String?) -> String? {
        guard let manage, let range = manage.range(of: "DJANGO_SETTINGS_MODULE") else { return nil }
        let rest = manage[range.upperBound...].drop(while: { !$0.isLetter })
        let module = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
        return module.split(separator: ".").first.map(String.init)
    }

    func dockerfile(images: StackImages) -> String {
        var text = DockerfileText(for: "python (\(packageManager))")
        text.stage(images.base(.python, default: "python:3.12-slim"))
        text.add(
            "ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH",
            "RUN python3 -m venv /opt/venv", "WORKDIR /app")
        switch packageManager {
        case "uv":
            text.add(
                "COPY pyproject.toml uv.lock ./",
                "RUN pip install --no-cache-dir uv && UV_PROJECT_ENVIRONMENT=/opt/venv uv sync --frozen --no-dev "
                    + "--no-install-project")
        case "poetry":
            text.add(
                "COPY pyproject.toml poetry.lock* ./",
                "RUN pip install --no-cache-dir poetry && poetry config virtualenvs.create false "
                    + "&& poetry install --only main --no-root")
        default:
            if vendored {
                text.add(
                    "COPY requirements.txt ./", "COPY vendor ./vendor",
                    "RUN pip install --no-cache-dir --no-index --find-links vendor -r requirements.txt")
            } else if hasRequirements {
                text.add("COPY requirements.txt ./", "RUN pip install --no-cache-dir -r requirements.txt")
            }
        }
        text.add("COPY . .")
        if packageManager == "pip" && !hasRequirements && hasPyproject {
            text.add("RUN pip install --no-cache-dir .")  // the project's own metadata names its dependencies
        }
        text.serve(command)
        return text.text
    }
}
