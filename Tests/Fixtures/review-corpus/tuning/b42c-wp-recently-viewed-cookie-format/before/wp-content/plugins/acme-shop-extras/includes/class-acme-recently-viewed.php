<?php
/**
 * Recently viewed products: remembers the last few products a visitor opened.
 *
 * @package Acme_Shop_Extras
 */

defined( 'ABSPATH' ) || exit;

class Acme_Recently_Viewed {

	const COOKIE = 'acme_rv';
	const LIMIT  = 8;

	public static function init() {
		add_action( 'template_redirect', array( __CLASS__, 'track' ) );
		add_shortcode( 'acme_recently_viewed', array( __CLASS__, 'render' ) );
	}

	public static function ids() {
		if ( empty( $_COOKIE[ self::COOKIE ] ) ) {
			return array();
		}
		$ids = json_decode( wp_unslash( $_COOKIE[ self::COOKIE ] ), true );
		return is_array( $ids ) ? array_filter( array_map( 'absint', $ids ) ) : array();
	}

	public static function track() {
		if ( ! is_singular( 'product' ) ) {
			return;
		}
		$ids = array_diff( self::ids(), array( get_the_ID() ) );
		array_unshift( $ids, get_the_ID() );
		$ids = array_slice( $ids, 0, self::LIMIT );
		setcookie( self::COOKIE, wp_json_encode( $ids ), time() + MONTH_IN_SECONDS, COOKIEPATH, COOKIE_DOMAIN, is_ssl(), true );
	}

	public static function render() {
		$ids = self::ids();
		if ( ! $ids ) {
			return '';
		}
		ob_start();
		echo '<ul class="acme-recently-viewed">';
		foreach ( $ids as $id ) {
			printf(
				'<li><a href="%s">%s</a></li>',
				esc_url( get_permalink( $id ) ),
				esc_html( get_the_title( $id ) )
			);
		}
		echo '</ul>';
		return ob_get_clean();
	}
}
