<?php
/**
 * Settings page for Acme Store Locator.
 *
 * @package Acme_Store_Locator
 */

defined( 'ABSPATH' ) || exit;

class Acme_Locator_Settings {

	const OPTION_GROUP = 'acme_locator';
	const OPTION_KEY   = 'acme_locator_maps_api_key';

	public function register() {
		add_action( 'admin_init', array( $this, 'register_settings' ) );
		add_action( 'admin_menu', array( $this, 'add_page' ) );
	}

	public static function api_key() {
		return (string) get_option( self::OPTION_KEY, '' );
	}

	public function register_settings() {
		register_setting(
			self::OPTION_GROUP,
			self::OPTION_KEY,
			array(
				'type'              => 'string',
				'sanitize_callback' => 'sanitize_text_field',
				'show_in_rest'      => false,
			)
		);

		add_settings_section( 'acme_locator_api', __( 'Google Maps', 'acme-store-locator' ), '__return_false', 'acme-locator' );

		add_settings_field(
			self::OPTION_KEY,
			__( 'Maps API key', 'acme-store-locator' ),
			array( $this, 'render_key_field' ),
			'acme-locator',
			'acme_locator_api'
		);
	}

	public function add_page() {
		add_options_page(
			__( 'Store Locator', 'acme-store-locator' ),
			__( 'Store Locator', 'acme-store-locator' ),
			'manage_options',
			'acme-locator',
			array( $this, 'render_page' )
		);
	}

	public function render_key_field() {
		printf(
			'<input type="text" class="regular-text" name="%1$s" id="%1$s" value="%2$s" autocomplete="off" />',
			esc_attr( self::OPTION_KEY ),
			esc_attr( self::api_key() )
		);
	}

	public function render_page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form method="post" action="options.php">';
		settings_fields( self::OPTION_GROUP );
		do_settings_sections( 'acme-locator' );
		submit_button();
		echo '</form></div>';
	}
}
