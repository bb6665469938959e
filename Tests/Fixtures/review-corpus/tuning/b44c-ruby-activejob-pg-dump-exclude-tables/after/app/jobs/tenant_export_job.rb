class TenantExportJob < ApplicationJob
  queue_as :exports

  def perform(tenant_id)
    tenant = Tenant.find(tenant_id)
    dir = Rails.root.join("tmp", "exports")
    FileUtils.mkdir_p(dir)
    path = dir.join("tenant-#{tenant.id}-#{Time.current.strftime('%Y%m%d%H%M')}.dump").to_s

    # Big audit/event tables can be skipped per tenant (set from the admin console).
    excluded = Array(tenant.export_settings["exclude_tables"]).flat_map do |table|
      ["--exclude-table", "#{tenant.schema_name}.#{table}"]
    end

    ok = system(
      { "PGPASSWORD" => db_config[:password].to_s },
      "pg_dump", "--format=custom", "--no-owner",
      "--host", db_config[:host].to_s,
      "--username", db_config[:username].to_s,
      "--schema", tenant.schema_name,
      *excluded,
      "--file", path,
      db_config[:database].to_s
    )
    raise "pg_dump failed for tenant #{tenant.id}" unless ok

    ExportUpload.new(tenant, path).call
  ensure
    File.delete(path) if path && File.exist?(path)
  end

  private

  def db_config
    ActiveRecord::Base.connection_db_config.configuration_hash
  end
end
