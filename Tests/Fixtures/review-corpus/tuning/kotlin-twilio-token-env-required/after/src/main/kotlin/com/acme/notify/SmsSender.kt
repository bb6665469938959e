package com.acme.notify

import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber
import org.slf4j.LoggerFactory

class SmsSender(accountSid: String, authToken: String, private val from: String) {

    private val log = LoggerFactory.getLogger(SmsSender::class.java)

    init {
        Twilio.init(accountSid, authToken)
    }

    fun send(to: String, body: String): String {
        val msg = Message.creator(PhoneNumber(to), PhoneNumber(from), body).create()
        log.info("sms {} queued to {}", msg.sid, to.takeLast(4))
        return msg.sid
    }

    companion object {
        private fun env(name: String): String =
            System.getenv(name) ?: error("$name is not set")

        fun fromEnv(): SmsSender = SmsSender(
            env("TWILIO_ACCOUNT_SID"),
            env("TWILIO_AUTH_TOKEN"),
            env("TWILIO_FROM"),
        )
    }
}
