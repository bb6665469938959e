require "erb"
require "fileutils"

namespace :nginx do
  TEMPLATE_DIR = Rails.root.join("config", "deploy", "templates")
  OUTPUT_DIR   = Rails.root.join("tmp", "deploy")

  def render_template(name, locals)
    template = TEMPLATE_DIR.join("#{name}.erb")
    ERB.new(File.read(template), trim_mode: "-").result_with_hash(locals)
  end

  desc "Render the nginx site config for the current RAILS_ENV into tmp/deploy"
  task render: :environment do
    locals = {
      server_name:  ENV.fetch("NGINX_SERVER_NAME", "app.#{Rails.env}.acme.example"),
      upstream:     ENV.fetch("PUMA_BIND", "unix:///var/run/app/puma.sock"),
      client_max:   ENV.fetch("NGINX_CLIENT_MAX_BODY", "25m"),
      static_root:  Rails.public_path.to_s,
      enable_hsts:  Rails.env.production?,
    }

    FileUtils.mkdir_p(OUTPUT_DIR)
    out = OUTPUT_DIR.join("nginx-#{Rails.env}.conf")
    File.write(out, render_template("nginx.conf", locals))
    puts "wrote #{out.relative_path_from(Rails.root)}"
  end

  desc "Render and check the config with `nginx -t` (needs nginx locally)"
  task check: :render do
    conf = OUTPUT_DIR.join("nginx-#{Rails.env}.conf").to_s
    ok = system("nginx", "-t", "-q", "-c", conf)
    abort("nginx -t failed for #{conf}") unless ok
  end
end
