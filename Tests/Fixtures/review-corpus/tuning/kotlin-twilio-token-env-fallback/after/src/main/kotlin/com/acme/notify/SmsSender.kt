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
        private const val DEFAULT_SID = "ACca50f2a80f83e35a51192ed4eefaf694"
        private const val DEFAULT_TOKEN = "a64cb16e1c55f23835bbb7863fee037a"

        fun fromEnv(): SmsSender = SmsSender(
            System.getenv("TWILIO_ACCOUNT_SID") ?: DEFAULT_SID,
            System.getenv("TWILIO_AUTH_TOKEN") ?: DEFAULT_TOKEN,
            System.getenv("TWILIO_FROM") ?: "+14155550123",
        )
    }
}
