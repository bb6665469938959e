'use strict';

const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');

const TEMPLATE_DIR = path.join(__dirname, 'templates');

function render(templateName, data) {
  const source = fs.readFileSync(path.join(TEMPLATE_DIR, templateName), 'utf8');
  return Handlebars.compile(source)(data);
}

module.exports.preview = async (event) => {
  const name = decodeURIComponent(event.pathParameters.template);
  let data = {};
  if (event.body) {
    try {
      data = JSON.parse(event.body);
    } catch (err) {
      return { statusCode: 400, body: 'invalid JSON' };
    }
  }

  try {
    const html = render(name, data);
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: html,
    };
  } catch (err) {
    if (err.code === 'ENOENT') {
      return { statusCode: 404, body: `no template ${name}` };
    }
    throw err;
  }
};