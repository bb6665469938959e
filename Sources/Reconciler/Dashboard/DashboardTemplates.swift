import Mustache

/// The dashboard's Mustache templates (DESIGN §13): server-rendered pages that work without JavaScript, one
/// layout shared by all of them through the `header` and `footer` partials. Compiled once, at start-up.
enum DashboardTemplates {
    /// Every template by name, compiled.
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources { try library.register(text, named: name) }
        return library
    }

    static let sources: [(String, String)] = [
        ("header", header), ("footer", footer), ("overview", overview), ("deployment", deployment), ("run", run),
        ("plan", plan), ("login", login), ("message", message),
    ]

    static let header = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{title}} · berth</title>
        <link rel="stylesheet" href="/assets/berth.css">
        <script src="/assets/berth.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
        <nav aria-label="berth">
        <a class="brand" href="/">berth</a>
        <a href="/">Deployments</a>
        </nav>
        <div class="who">
        {{#session}}<span id="actor">{{actor}}</span>
        <form method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit" class="link">Log out</button></form>{{/session}}
        {{^session}}<a href="/login">Log in</a>{{/session}}
        </div>
        </header>
        <main id="main" tabindex="-1">
        {{#flash}}<p class="flash" role="status" id="flash">{{flash}}</p>{{/flash}}

        """

    static let footer = """
        </main>
        <footer class="bottom">berth {{version}} · times in UTC</footer>
        </body>
        </html>

        """

    static let overview = """
        {{> header}}
        <h1>Deployments</h1>
        <ul class="counts" aria-label="Counts">
        {{#counts}}<li><a class="badge {{tone}}" href="/?condition={{key}}">{{count}} {{label}}</a></li>{{/counts}}
        </ul>
        <form class="filter" method="get" action="/" role="search">
        <label>Name <input type="search" name="q" value="{{query}}" placeholder="filter by name"></label>
        <label>Condition <select name="condition">
        {{#conditions}}<option value="{{key}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/conditions}}
        </select></label>
        <button type="submit">Filter</button>
        </form>
        <div class="scroll">
        <table id="deployments">
        <thead><tr><th scope="col">Deployment</th><th scope="col">Condition</th><th scope="col">Gen</th>
        <th scope="col">App commit</th><th scope="col">Config commit</th><th scope="col">Route / port</th>
        <th scope="col">Last rollout</th><th scope="col">Pin</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr data-deployment="{{name}}">
        <td><a href="/deployments/{{name}}">{{name}}</a>{{#drifted}} <span class="badge warn" title="drift found">drift</span>{{/drifted}}{{#suspended}} <span class="badge muted">suspended</span>{{/suspended}}</td>
        <td><span class="badge {{tone}}" title="{{message}}">{{condition}}</span><div class="note">{{message}}</div></td>
        <td>{{generation}}</td>
        <td>{{#appCommitURL}}<a href="{{appCommitURL}}"><code>{{appCommit}}</code></a>{{/appCommitURL}}{{^appCommitURL}}<code>{{appCommit}}</code>{{/appCommitURL}}</td>
        <td>{{#configCommitURL}}<a href="{{configCommitURL}}"><code>{{configCommit}}</code></a>{{/configCommitURL}}{{^configCommitURL}}<code>{{configCommit}}</code>{{/configCommitURL}}</td>
        <td>{{where}}</td>
        <td>{{#lastRun}}<a href="/runs/{{id}}"><span class="badge {{tone}}">{{result}}</span></a> <time datetime="{{iso}}" title="{{absolute}}">{{relative}}</time>{{/lastRun}}</td>
        <td>{{pin}}</td>
        </tr>
        {{/rows}}
        {{^rows}}<tr><td colspan="8">No deployment matches.</td></tr>{{/rows}}
        </tbody>
        </table>
        </div>
        {{> footer}}
        """

    static let deployment = """
        {{> header}}
        <p class="crumbs"><a href="/">Deployments</a> /</p>
        <h1 id="deployment-name">{{name}} <span class="badge {{tone}}" id="condition">{{condition}}</span></h1>
        <p class="lead">{{message}}</p>
        <dl class="facts">
        <dt>Generation</dt><dd id="generation">{{generation}}</dd>
        <dt>App commit</dt><dd><code>{{appCommit}}</code></dd>
        <dt>Config commit</dt><dd>{{#configCommitURL}}<a href="{{configCommitURL}}"><code>{{configCommit}}</code></a>{{/configCommitURL}}{{^configCommitURL}}<code>{{configCommit}}</code>{{/configCommitURL}}</dd>
        <dt>Route / port</dt><dd>{{where}}</dd>
        <dt>State</dt><dd>{{state}}</dd>
        <dt>Pin</dt><dd id="pin">{{pin}}</dd>
        <dt>Suspended</dt><dd id="suspended">{{suspended}}</dd>
        </dl>
        <section aria-labelledby="actions-h"><h2 id="actions-h">Actions</h2>
        {{#canAct}}
        <div class="actions">
        <form method="post" action="/deployments/{{name}}/sync"><input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit" id="sync">Sync now</button></form>
        {{#canRollBack}}
        <form method="post" action="/deployments/{{name}}/rollback"><input type="hidden" name="csrf" value="{{csrf}}">
        <label>Generation <select name="generation" id="rollback-generation">
        {{#rollbackChoices}}<option value="{{generation}}">{{generation}} — {{label}}</option>{{/rollbackChoices}}
        </select></label> <button type="submit" id="rollback">Roll back</button></form>
        {{/canRollBack}}
        {{#pinned}}<form method="post" action="/deployments/{{name}}/unpin"><input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit" id="unpin">Unpin</button></form>{{/pinned}}
        {{^dashboardSuspended}}<form method="post" action="/deployments/{{name}}/suspend"><input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit" id="suspend">Suspend</button></form>{{/dashboardSuspended}}
        {{#dashboardSuspended}}<form method="post" action="/deployments/{{name}}/resume"><input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit" id="resume">Resume</button></form>{{/dashboardSuspended}}
        {{#rollingOut}}<form method="post" action="/deployments/{{name}}/cancel"><input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit" id="cancel">Cancel rollout</button></form>{{/rollingOut}}
        </div>
        {{/canAct}}
        {{^canAct}}<p><a href="/login?next=/deployments/{{name}}">Log in</a> to sync, roll back, unpin, suspend, resume or cancel.</p>{{/canAct}}
        </section>
        <section aria-labelledby="plan-h"><h2 id="plan-h">Plan</h2>
        {{#plan}}<p><span class="badge">{{action}}</span> {{detail}}</p>
        {{#planned}}<p class="note">As the last full pass planned it, <time datetime="{{iso}}" title="{{absolute}}">{{relative}}</time>.</p>{{/planned}}{{/plan}}
        {{^plan}}<p>No pass has planned it yet.</p>{{/plan}}
        </section>
        <section aria-labelledby="conditions-h"><h2 id="conditions-h">Conditions</h2>
        <div class="scroll"><table><thead><tr><th scope="col">Condition</th><th scope="col">Status</th><th scope="col">Reason</th>
        <th scope="col">Message</th><th scope="col">Since</th></tr></thead><tbody>
        {{#conditions}}<tr><td>{{kind}}</td><td>{{status}}</td><td>{{reason}}</td><td>{{message}}</td>
        <td><time datetime="{{since.iso}}" title="{{since.absolute}}">{{since.relative}}</time></td></tr>{{/conditions}}
        {{^conditions}}<tr><td colspan="5">None recorded.</td></tr>{{/conditions}}
        </tbody></table></div>
        </section>
        {{#hasDrift}}<section aria-labelledby="drift-h"><h2 id="drift-h">Drift</h2>
        <div class="scroll"><table><thead><tr><th scope="col">Container</th><th scope="col">Field</th><th scope="col">Desired</th>
        <th scope="col">Live</th><th scope="col">First seen</th></tr></thead><tbody>
        {{#drift}}<tr><td>{{container}}</td><td><code>{{field}}</code></td><td>{{desired}}</td><td>{{live}}</td>
        <td><time datetime="{{seen.iso}}" title="{{seen.absolute}}">{{seen.relative}}</time></td></tr>{{/drift}}
        </tbody></table></div></section>{{/hasDrift}}
        {{#router}}<section aria-labelledby="router-h"><h2 id="router-h">Router</h2>
        <dl class="facts"><dt>Router</dt><dd>{{name}}{{^reachable}} <span class="badge bad">not answering</span> {{error}}{{/reachable}}</dd>
        {{#route}}<dt>Route</dt><dd><code>{{address}}</code></dd><dt>Sends to</dt><dd><code>{{upstream}}</code></dd>
        <dt>Active generation</dt><dd><code>{{active}}</code></dd>
        <dt>State</dt><dd><span class="badge {{tone}}" id="route-state">{{state}}</span></dd>{{/route}}
        {{^route}}<dt>Route</dt><dd>none declared</dd>{{/route}}
        </dl></section>{{/router}}
        <section aria-labelledby="history-h"><h2 id="history-h">History</h2>
        <ol class="history" id="history">
        {{#rollouts}}
        <li><a href="/runs/{{id}}">Run {{id}}</a> · generation {{generation}} · <span class="badge {{tone}}">{{result}}</span>
        · <time datetime="{{started.iso}}" title="{{started.absolute}}">{{started.relative}}</time>{{#duration}} · took {{duration}}{{/duration}}
        · {{trigger}}
        {{#error}}<div class="note">{{error}}</div>{{/error}}
        <ul class="stages">{{#stages}}<li class="{{tone}}">{{stage}} {{state}}{{#duration}} ({{duration}}){{/duration}}</li>{{/stages}}</ul>
        </li>
        {{/rollouts}}
        {{^rollouts}}<li>No rollouts yet.</li>{{/rollouts}}
        </ol>
        </section>
        <section aria-labelledby="asked-h"><h2 id="asked-h">Actions taken</h2>
        <ul class="asked">{{#actions}}<li><time datetime="{{at.iso}}" title="{{at.absolute}}">{{at.relative}}</time> · {{kind}} by {{actor}}: {{detail}}</li>{{/actions}}
        {{^actions}}<li>None.</li>{{/actions}}</ul>
        </section>
        {{> footer}}
        """

    static let run = """
        {{> header}}
        <p class="crumbs"><a href="/">Deployments</a> / <a href="/deployments/{{deployment}}">{{deployment}}</a> /</p>
        <h1>Run {{id}} <span class="badge {{tone}}" id="result">{{result}}</span></h1>
        <dl class="facts">
        <dt>Generation</dt><dd>{{generation}}</dd>
        <dt>Started</dt><dd><time datetime="{{started.iso}}" title="{{started.absolute}}">{{started.relative}}</time> ({{started.absolute}})</dd>
        <dt>Took</dt><dd id="duration">{{duration}}</dd>
        <dt>Trigger</dt><dd>{{trigger}}</dd>
        <dt>App commit</dt><dd><code>{{appCommit}}</code></dd>
        <dt>Config commit</dt><dd><code>{{configCommit}}</code></dd>
        {{#error}}<dt>Error</dt><dd class="error">{{error}}</dd>{{/error}}
        </dl>
        <section aria-labelledby="stages-h"><h2 id="stages-h">Stages</h2>
        <ol class="timeline" id="stages">
        {{#stages}}<li class="{{tone}}" data-stage="{{stage}}"><strong>{{stage}}</strong> {{state}}{{#duration}} · {{duration}}{{/duration}}{{#message}} — {{message}}{{/message}}</li>{{/stages}}
        </ol>
        </section>
        <section aria-labelledby="log-h"><h2 id="log-h">Log</h2>
        <nav class="pager" aria-label="Log pages">
        {{#earlier}}<a href="?before={{earlier}}" rel="prev">Earlier lines</a> · <a href="?after=0">First page</a>{{/earlier}}
        {{#later}}<a href="?after={{later}}" rel="next">Later lines</a> · <a href="?">Last page</a>{{/later}}
        </nav>
        <pre class="log" id="log" tabindex="0"{{#live}} data-stream="/runs/{{id}}/events?after={{lastLine}}&amp;transition={{lastTransition}}"{{/live}}>{{#lines}}<span class="line" data-stage="{{stage}}">{{text}}</span>
        {{/lines}}</pre>
        {{#live}}<p class="note" id="live">Following the log live. <noscript>Without JavaScript, <a href="/runs/{{id}}">reload</a> to see new lines.</noscript></p>{{/live}}
        </section>
        {{> footer}}
        """

    static let plan = """
        {{> header}}
        <h1>Plan of pull request #{{number}} <span class="badge {{tone}}">{{state}}</span></h1>
        <p class="lead">{{summary}}</p>
        <p>Head commit <code>{{headCommit}}</code>, planned <time datetime="{{at.iso}}" title="{{at.absolute}}">{{at.relative}}</time>.</p>
        <div class="scroll"><table id="plan"><thead><tr><th scope="col">Deployment</th><th scope="col">Action</th>
        <th scope="col">Why</th></tr></thead><tbody>
        {{#entries}}<tr><td>{{deployment}}</td><td><span class="badge">{{action}}</span></td><td>{{detail}}</td></tr>{{/entries}}
        {{^entries}}<tr><td colspan="3">Nothing declared.</td></tr>{{/entries}}
        </tbody></table></div>
        {{> footer}}
        """

    static let login = """
        {{> header}}
        <h1>Log in</h1>
        <form class="login" method="post" action="/login">
        <input type="hidden" name="next" value="{{next}}">
        <label>API token <input type="password" name="token" id="token" autocomplete="current-password" required autofocus></label>
        <label>Your name <input type="text" name="name" id="name" maxlength="64" autocomplete="username"></label>
        <button type="submit" id="login">Log in</button>
        </form>
        <p class="note">The token is the one in the controller's <code>api.tokenFile</code>. Actions are recorded with your name.</p>
        {{> footer}}
        """

    static let message = """
        {{> header}}
        <h1>{{heading}}</h1>
        <p class="lead">{{text}}</p>
        <p><a href="{{back}}">Back</a></p>
        {{> footer}}
        """
}
