<?php
/**
 * Persists the mini-cart between visits for guests.
 *
 * @package QuickCart
 */

defined( 'ABSPATH' ) || exit;

class QuickCart_Session {

	const COOKIE = 'quickcart_state';

	public function __construct() {
		add_action( 'init', array( $this, 'restore' ), 5 );
		add_action( 'quickcart_cart_updated', array( $this, 'persist' ) );
	}

	public function restore() {
		if ( is_user_logged_in() || empty( $_COOKIE[ self::COOKIE ] ) ) {
			return;
		}

		$raw   = wp_unslash( $_COOKIE[ self::COOKIE ] );
		$state = maybe_unserialize( base64_decode( $raw ) );

		if ( ! is_array( $state ) || empty( $state['items'] ) ) {
			return;
		}

		foreach ( $state['items'] as $item ) {
			// Items are QuickCart_Item objects now so variation attributes and
			// add-on options survive the round trip.
			QuickCart()->cart->add_item( $item );
		}
	}

	public function persist( $cart ) {
		$state = array(
			'items'   => $cart->get_items(),
			'updated' => time(),
		);

		setcookie(
			self::COOKIE,
			base64_encode( serialize( $state ) ),
			time() + WEEK_IN_SECONDS,
			COOKIEPATH,
			COOKIE_DOMAIN,
			is_ssl(),
			true
		);
	}
}
