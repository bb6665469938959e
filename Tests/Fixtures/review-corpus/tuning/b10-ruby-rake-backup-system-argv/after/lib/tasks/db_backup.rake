require "open3"

namespace :db do
  desc "Print the database configuration in use"
  task config: :environment do
    cfg = ActiveRecord::Base.connection_db_config.configuration_hash
    puts "#{cfg[:adapter]}://#{cfg[:host]}:#{cfg[:port]}/#{cfg[:database]}"
  end

  desc "Dump the database to tmp/backups (LABEL=name optional)"
  task backup: :environment do
    cfg = ActiveRecord::Base.connection_db_config.configuration_hash
    label = ENV.fetch("LABEL", Time.now.utc.strftime("%Y%m%dT%H%M%SZ"))
    dir = Rails.root.join("tmp", "backups")
    FileUtils.mkdir_p(dir)
    target = dir.join("#{cfg[:database]}-#{label.gsub(/[^\w.-]/, '_')}.dump")

    env = { "PGPASSWORD" => cfg[:password].to_s }
    ok = system(env, "pg_dump", "--format=custom", "--no-owner",
                "--host", cfg[:host].to_s, "--port", cfg.fetch(:port, 5432).to_s,
                "--username", cfg[:username].to_s, "--file", target.to_s, cfg[:database].to_s)
    abort("pg_dump failed") unless ok

    _out, err, status = Open3.capture3("gzip", "--force", "--best", target.to_s)
    abort("gzip failed: #{err}") unless status.success?
    puts "wrote #{target}.gz"
  end
end
