# Seeds a local or review-app database with demo tenants and users.
#
#   bin/rails demo:seed
#   bin/rails demo:reset
#
namespace :demo do
  DEMO_PASSWORD_ENV = "DEMO_USER_PASSWORD".freeze

  def demo_guard!
    if Rails.env.production? && ENV["REVIEW_APP"] != "true"
      abort "demo data is only for development and review apps"
    end
  end

  def demo_password
    ENV.fetch(DEMO_PASSWORD_ENV) { SecureRandom.base58(20) }
  end

  # Tiny builder so each demo tenant reads as a block instead of three find_or_create_by! calls.
  class DemoTenant
    def self.build(slug, password:, &definition)
      new(slug, password).tap { |b| b.instance_eval(&definition) }.save!
    end

    def initialize(slug, password)
      @slug = slug
      @password = password
      @attrs = {}
      @projects = []
    end

    def name(value) = @attrs[:name] = value
    def plan(value) = @attrs[:plan] = value
    def project(value) = @projects << value

    def save!
      tenant = Tenant.find_or_create_by!(slug: @slug) { |t| t.assign_attributes(@attrs) }
      User.find_or_create_by!(email: "owner@#{@slug}.test") do |u|
        u.tenant = tenant
        u.role = "owner"
        u.password = @password
      end
      @projects.each { |p| Project.find_or_create_by!(tenant: tenant, name: p) }
      tenant
    end
  end

  desc "Create demo tenants, users and sample projects"
  task seed: :environment do
    demo_guard!
    password = demo_password

    DemoTenant.build("acme", password: password) do
      name "Acme Corp"
      plan "pro"
      project "Website relaunch"
    end

    DemoTenant.build("globex", password: password) do
      name "Globex"
      plan "starter"
      project "Q3 campaign"
    end

    DemoTenant.build("initech", password: password) do
      name "Initech"
      plan "starter"
      project "TPS report migration"
    end

    puts "Demo data ready. Users sign in with the password in $#{DEMO_PASSWORD_ENV} (or check the log)."
    Rails.logger.info("[demo] generated password: #{password}") unless ENV.key?(DEMO_PASSWORD_ENV)
  end

  desc "Remove demo tenants and everything under them"
  task reset: :environment do
    demo_guard!
    Tenant.where(slug: %w[acme globex initech]).find_each(&:destroy!)
    puts "Demo tenants removed."
  end
end
