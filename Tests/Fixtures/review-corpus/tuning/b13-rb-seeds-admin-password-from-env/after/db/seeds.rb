# frozen_string_literal: true

# Seeds for local development and review apps.

Plan.find_or_create_by!(slug: "free") do |plan|
  plan.name = "Free"
  plan.monthly_price_cents = 0
  plan.seat_limit = 3
end

Plan.find_or_create_by!(slug: "team") do |plan|
  plan.name = "Team"
  plan.monthly_price_cents = 4900
  plan.seat_limit = 25
end

org = Organization.find_or_create_by!(slug: "acme") do |o|
  o.name = "Acme Inc."
  o.plan = Plan.find_by!(slug: "team")
end

# The admin password comes from the environment (set per review app from the
# secret store); when it is absent a random one is generated and printed once.
admin_password = ENV.fetch("SEED_ADMIN_PASSWORD") { SecureRandom.base58(24) }

admin = User.find_or_initialize_by(email: "admin@acme.test")
if admin.new_record?
  admin.assign_attributes(
    name: "Seed Admin",
    organization: org,
    role: :owner,
    password: admin_password,
    password_confirmation: admin_password
  )
  admin.save!
  puts "Created #{admin.email}" + (ENV.key?("SEED_ADMIN_PASSWORD") ? "" : " with password #{admin_password}")
end

puts "Seeded #{Plan.count} plans and organization #{org.slug}"