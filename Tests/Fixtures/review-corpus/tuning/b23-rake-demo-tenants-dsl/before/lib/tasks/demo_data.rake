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

  desc "Create demo tenants, users and sample projects"
  task seed: :environment do
    demo_guard!
    password = demo_password

    acme = Tenant.find_or_create_by!(slug: "acme") do |t|
      t.name = "Acme Corp"
      t.plan = "pro"
    end
    User.find_or_create_by!(email: "owner@acme.test") do |u|
      u.tenant = acme
      u.role = "owner"
      u.password = password
    end
    Project.find_or_create_by!(tenant: acme, name: "Website relaunch")

    globex = Tenant.find_or_create_by!(slug: "globex") do |t|
      t.name = "Globex"
      t.plan = "starter"
    end
    User.find_or_create_by!(email: "owner@globex.test") do |u|
      u.tenant = globex
      u.role = "owner"
      u.password = password
    end
    Project.find_or_create_by!(tenant: globex, name: "Q3 campaign")

    puts "Demo data ready. Users sign in with the password in $#{DEMO_PASSWORD_ENV} (or check the log)."
    Rails.logger.info("[demo] generated password: #{password}") unless ENV.key?(DEMO_PASSWORD_ENV)
  end

  desc "Remove demo tenants and everything under them"
  task reset: :environment do
    demo_guard!
    Tenant.where(slug: %w[acme globex]).find_each(&:destroy!)
    puts "Demo tenants removed."
  end
end
