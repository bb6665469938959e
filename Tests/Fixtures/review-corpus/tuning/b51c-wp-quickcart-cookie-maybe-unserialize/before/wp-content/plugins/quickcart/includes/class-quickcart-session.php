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
		$state = json_decode( base64_decode( $raw ), true );

		if ( ! is_array( $state ) || empty( $state['items'] ) ) {
			return;
		}

		foreach ( $state['items'] as $item ) {
			QuickCart()->cart->add( absint( $item['product_id'] ), absint( $item['qty'] ) );
		}
	}

	public function persist( $cart ) {
		$state = array(
			'items'   => $cart->get_items_for_storage(),
			'updated' => time(),
		);

		setcookie(
			self::COOKIE,
			base64_encode( wp_json_encode( $state ) ),
			time() + WEEK_IN_SECONDS,
			COOKIEPATH,
			COOKIE_DOMAIN,
			is_ssl(),
			true
		);
	}
}
