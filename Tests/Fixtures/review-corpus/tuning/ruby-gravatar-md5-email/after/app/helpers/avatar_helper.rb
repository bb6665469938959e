require "digest"

module AvatarHelper
  GRAVATAR_BASE = "https://www.gravatar.com/avatar".freeze

  # Gravatar addresses images by the MD5 of the normalised email address.
  def gravatar_url(user, size: 80)
    email = user.email.to_s.strip.downcase
    hash = Digest::MD5.hexdigest(email)
    "#{GRAVATAR_BASE}/#{hash}?s=#{size.to_i}&d=identicon"
  end

  def avatar_tag(user, size: 80)
    image_tag(gravatar_url(user, size: size), alt: user.name, width: size, height: size, class: "avatar")
  end
end