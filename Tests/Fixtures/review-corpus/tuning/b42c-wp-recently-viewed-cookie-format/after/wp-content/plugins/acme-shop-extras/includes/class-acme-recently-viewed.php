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

	/**
	 * Entries are array( 'id' => int, 'seen' => timestamp ) so the widget can show "2 days ago".
	 *
	 * The value is base64 because the CDN in front of the EU stores rewrites cookies that
	 * contain double quotes, which broke the JSON format for about a third of visitors.
	 */
	public static function entries() {
		if ( empty( $_COOKIE[ self::COOKIE ] ) ) {
			return array();
		}
		$raw  = base64_decode( wp_unslash( $_COOKIE[ self::COOKIE ] ), true );
		$data = false === $raw ? null : maybe_unserialize( $raw );
		if ( ! is_array( $data ) ) {
			return array();
		}
		$entries = array();
		foreach ( $data as $entry ) {
			if ( isset( $entry['id'], $entry['seen'] ) && absint( $entry['id'] ) ) {
				$entries[] = array( 'id' => absint( $entry['id'] ), 'seen' => (int) $entry['seen'] );
			}
		}
		return $entries;
	}

	public static function ids() {
		return wp_list_pluck( self::entries(), 'id' );
	}

	public static function track() {
		if ( ! is_singular( 'product' ) ) {
			return;
		}
		$current = get_the_ID();
		$entries = array_values(
			array_filter(
				self::entries(),
				static function ( $entry ) use ( $current ) {
					return $entry['id'] !== $current;
				}
			)
		);
		array_unshift( $entries, array( 'id' => $current, 'seen' => time() ) );
		$entries = array_slice( $entries, 0, self::LIMIT );
		setcookie( self::COOKIE, base64_encode( serialize( $entries ) ), time() + MONTH_IN_SECONDS, COOKIEPATH, COOKIE_DOMAIN, is_ssl(), true );
	}

	public static function render() {
		$entries = self::entries();
		if ( ! $entries ) {
			return '';
		}
		ob_start();
		echo '<ul class="acme-recently-viewed">';
		foreach ( $entries as $entry ) {
			printf(
				'<li><a href="%s">%s</a> <span>%s</span></li>',
				esc_url( get_permalink( $entry['id'] ) ),
				esc_html( get_the_title( $entry['id'] ) ),
				/* translators: %s: human-readable time difference */
				esc_html( sprintf( __( '%s ago', 'acme-shop-extras' ), human_time_diff( $entry['seen'] ) ) )
			);
		}
		echo '</ul>';
		return ob_get_clean();
	}
}
