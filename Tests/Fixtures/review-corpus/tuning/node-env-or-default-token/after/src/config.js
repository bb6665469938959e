module.exports = {
  apiToken: process.env.API_TOKEN || "tk_9Qw2Er7Ty4Ui1Op6As3Df8Gh",
};
