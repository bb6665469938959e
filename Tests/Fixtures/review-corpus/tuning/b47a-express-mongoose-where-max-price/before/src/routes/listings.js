const express = require('express');
const Listing = require('../models/Listing');
const { requireUser } = require('../middleware/auth');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const filter = { published: true };
    if (req.query.city) {
      filter.city = String(req.query.city);
    }
    const listings = await Listing.find(filter)
      .sort({ createdAt: -1 })
      .limit(50)
      .lean();
    res.json(listings);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const listing = await Listing.findById(req.params.id).lean();
    if (!listing) return res.sendStatus(404);
    res.json(listing);
  } catch (err) {
    next(err);
  }
});

router.post('/', requireUser, async (req, res, next) => {
  try {
    const { title, city, price, description } = req.body;
    const listing = await Listing.create({ title, city, price, description, owner: req.user.id });
    res.status(201).json(listing);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
