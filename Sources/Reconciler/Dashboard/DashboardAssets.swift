/// The dashboard's one stylesheet and one small script, written by hand (no build chain). The script only
/// follows a running rollout's log over server-sent events; every page works without it.
enum DashboardAssets {
    static let stylesheet = """
        :root { --bg: #fff; --fg: #1b1f24; --muted: #5b6570; --line: #d5dbe1; --panel: #f4f6f8;
          --ok: #136c2e; --ok-bg: #dcf3e2; --bad: #a4141f; --bad-bg: #fde2e3; --warn: #7a4d00; --warn-bg: #fff1cc;
          --info: #0b4f8a; --info-bg: #dbeafb; --link: #0b5cad; --focus: #f0a500; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #0f1317; --fg: #e6e9ec; --muted: #9aa5b1; --line: #2c343c; --panel: #171d23;
            --ok: #7ee2a0; --ok-bg: #113a21; --bad: #ff9ba1; --bad-bg: #4a1317; --warn: #ffd479; --warn-bg: #3d2d05;
            --info: #9ccbff; --info-bg: #0f2c4a; --link: #8cc4ff; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg);
          color: var(--fg); }
        a { color: var(--link); }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, pre:focus-visible,
        main:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 8px; top: 8px; background: var(--bg); padding: 4px 8px; z-index: 2; }
        .top { display: flex; justify-content: space-between; align-items: center; gap: 12px; padding: 8px 16px;
          border-bottom: 1px solid var(--line); background: var(--panel); flex-wrap: wrap; }
        .top nav { display: flex; gap: 16px; align-items: center; }
        .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
        .who { display: flex; gap: 8px; align-items: center; }
        .who form { display: inline; }
        main { padding: 16px; max-width: 1400px; margin: 0 auto; }
        h1 { font-size: 1.5rem; margin: 8px 0 12px; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
        h2 { font-size: 1.15rem; margin: 24px 0 8px; }
        .lead { font-size: 1.05rem; }
        .note { color: var(--muted); font-size: 0.9em; }
        .crumbs { margin: 0; color: var(--muted); }
        .flash { background: var(--info-bg); color: var(--info); padding: 8px 12px; border-radius: 6px; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 0.85em; font-weight: 600;
          background: var(--panel); color: var(--fg); border: 1px solid var(--line); white-space: nowrap;
          text-decoration: none; }
        .ok { background: var(--ok-bg); color: var(--ok); border-color: transparent; }
        .bad { background: var(--bad-bg); color: var(--bad); border-color: transparent; }
        .warn { background: var(--warn-bg); color: var(--warn); border-color: transparent; }
        .info { background: var(--info-bg); color: var(--info); border-color: transparent; }
        .muted { color: var(--muted); }
        .counts { list-style: none; padding: 0; display: flex; gap: 8px; flex-wrap: wrap; }
        .filter { display: flex; gap: 12px; align-items: end; flex-wrap: wrap; margin-bottom: 12px; }
        label { display: inline-flex; flex-direction: column; gap: 2px; font-size: 0.9em; color: var(--muted); }
        input, select, button { font: inherit; padding: 6px 10px; border-radius: 6px; border: 1px solid var(--line);
          background: var(--bg); color: var(--fg); min-height: 36px; }
        button { cursor: pointer; background: var(--panel); font-weight: 600; }
        button.link { border: 0; background: none; color: var(--link); padding: 0; min-height: 0; font-weight: 400; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: 0.85em; color: var(--muted); font-weight: 600; }
        code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; overflow-wrap: anywhere; }
        .error { color: var(--bad); }
        .actions { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; }
        .actions form { display: flex; gap: 8px; align-items: end; }
        .history { padding-left: 20px; }
        .history > li { margin-bottom: 10px; }
        .stages { list-style: none; padding: 0; display: flex; gap: 6px; flex-wrap: wrap; font-size: 0.85em; }
        .stages li { padding: 0 6px; border-radius: 4px; }
        .timeline { padding-left: 20px; }
        .timeline li { margin: 2px 0; padding: 2px 6px; border-radius: 4px; }
        .log { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px;
          overflow: auto; max-height: 70vh; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace;
          white-space: pre-wrap; overflow-wrap: anywhere; }
        .pager { display: flex; gap: 8px; margin-bottom: 6px; }
        .login { display: flex; flex-direction: column; gap: 12px; max-width: 360px; }
        .bottom { color: var(--muted); font-size: 0.85em; padding: 16px; text-align: center; }
        @media (max-width: 640px) {
          main { padding: 10px; }
          th:nth-child(4), td:nth-child(4), th:nth-child(5), td:nth-child(5), th:nth-child(8), td:nth-child(8) {
            display: none; }
          .facts { grid-template-columns: 1fr; }
          .facts dt { margin-top: 6px; }
        }

        """

    static let script = """
        // berth: follows a running rollout's log and stages over server-sent events; pages work without it.
        "use strict";
        document.addEventListener("DOMContentLoaded", () => {
          const log = document.getElementById("log");
          if (!log || !log.dataset.stream) return;
          const stages = document.getElementById("stages");
          const source = new EventSource(log.dataset.stream);
          const follow = () => log.scrollHeight - log.scrollTop - log.clientHeight < 40;
          log.scrollTop = log.scrollHeight;
          source.addEventListener("line", (event) => {
            const line = JSON.parse(event.data);
            const atEnd = follow();
            const span = document.createElement("span");
            span.className = "line";
            span.dataset.stage = line.stage;
            span.textContent = line.text;
            log.append(span, "\\n");
            if (atEnd) log.scrollTop = log.scrollHeight;
          });
          source.addEventListener("stage", (event) => {
            const stage = JSON.parse(event.data);
            const item = document.createElement("li");
            item.dataset.stage = stage.stage;
            item.className = stage.tone;
            const name = document.createElement("strong");
            name.textContent = stage.stage;
            item.append(name, " " + stage.state + (stage.message ? " — " + stage.message : ""));
            // One item per stage, as the server renders it: a stage's later transition replaces its earlier one.
            const earlier = stages && stages.querySelector(`li[data-stage="${CSS.escape(stage.stage)}"]`);
            if (earlier) earlier.replaceWith(item); else if (stages) stages.append(item);
          });
          source.addEventListener("end", (event) => {
            const end = JSON.parse(event.data);
            source.close();
            const result = document.getElementById("result");
            if (result) { result.textContent = end.result; result.className = "badge " + end.tone; }
            const duration = document.getElementById("duration");
            if (duration && end.duration) duration.textContent = end.duration;
            const live = document.getElementById("live");
            if (live) live.textContent = "The rollout " + end.result + ".";
          });
        });

        """
}
