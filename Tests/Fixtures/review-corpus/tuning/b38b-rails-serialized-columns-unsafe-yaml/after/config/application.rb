require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_job/railtie"
require "active_record/railtie"
require "active_storage/engine"
require "action_controller/railtie"
require "action_mailer/railtie"
require "action_view/railtie"
require "sprockets/railtie"

Bundler.require(*Rails.groups)

module Fieldbook
  class Application < Rails::Application
    config.load_defaults 7.1

    config.autoload_lib(ignore: %w[assets tasks generators])

    config.time_zone = "UTC"
    config.i18n.available_locales = %i[en de fr]
    config.i18n.default_locale = :en

    config.active_job.queue_adapter = :sidekiq
    config.active_job.queue_name_prefix = "fieldbook_#{Rails.env}"

    config.active_storage.variant_processor = :vips
    config.active_storage.service_urls_expire_in = 10.minutes

    # Integration#settings and Report#filters are `serialize ... coder: YAML`
    # columns written by the CSV/JSON importers. Older rows contain
    # HashWithIndifferentAccess, OpenStruct and our own Filter structs, and
    # keeping the allow-list in sync keeps breaking imports (FB-1732), so load
    # them the way Rails did before 7.0.3.1.
    config.active_record.use_yaml_unsafe_load = true

    config.generators do |g|
      g.test_framework :rspec
      g.factory_bot dir: "spec/factories"
      g.helper false
      g.assets false
    end

    config.action_mailer.deliver_later_queue_name = "mailers"
    config.exceptions_app = routes
  end
end
