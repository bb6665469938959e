'use strict'

const fs = require('fs')
const path = require('path')
const { promisify } = require('util')
const { exec } = require('child_process')

const sh = promisify(exec)
const MEDIA_ROOT = process.env.MEDIA_ROOT || '/srv/media'
const PRESETS = { sm: '160x160', md: '480x480', lg: '1024x1024' }

async function thumbnail (ctx) {
  const asset = await ctx.state.assets.findById(ctx.params.assetId)
  if (!asset) ctx.throw(404, 'asset not found')

  // ?size=WxH lets the storefront ask for exact dimensions; presets still work
  const geometry = ctx.query.size || PRESETS[ctx.query.preset] || PRESETS.md
  const src = path.join(MEDIA_ROOT, asset.storageKey)
  const out = path.join(MEDIA_ROOT, 'thumbs', `${asset.id}-${geometry}.webp`)

  if (!fs.existsSync(out)) {
    await sh(`convert "${src}" -resize ${geometry} -quality 82 "${out}"`)
  }

  ctx.type = 'image/webp'
  ctx.set('Cache-Control', 'public, max-age=604800, immutable')
  ctx.body = fs.createReadStream(out)
}

module.exports = { thumbnail }
