#!/bin/sh
exec ./server
