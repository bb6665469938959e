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

puts "Seeded #{Plan.count} plans and organization #{org.slug}"